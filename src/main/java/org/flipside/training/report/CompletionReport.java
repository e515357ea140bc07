package org.flipside.training.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flipside.people.Directory;
import org.flipside.people.Employee;
import org.flipside.program.Side;
import org.flipside.shared.web.PageOf;
import org.flipside.shared.web.PageRequests;
import org.flipside.training.module.ModuleCatalogue;
import org.flipside.training.module.TrainingModule;
import org.flipside.training.setting.SettingStore;
import org.flipside.training.setting.TrainingPrograms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's training completion, for its managers only (anyone else: {@link org.flipside.shared.NotFoundException}).
 * Only approved participants count: people who were declined or left have no training to do.
 */
@Service
@Transactional(readOnly = true)
public class CompletionReport {

    private final TrainingPrograms managed;
    private final CompletionStore store;
    private final SettingStore settings;
    private final ModuleCatalogue catalogue;
    private final Directory directory;

    CompletionReport(TrainingPrograms managed, CompletionStore store, SettingStore settings,
                     ModuleCatalogue catalogue, Directory directory) {
        this.managed = managed;
        this.store = store;
        this.settings = settings;
        this.catalogue = catalogue;
        this.directory = directory;
    }

    public CompletionFigures figures(long programId) {
        managed.requireManaged(programId);
        Map<Side, Long> approved = store.approved(programId);
        Map<Side, Long> behind = store.behind(programId);
        Map<String, Long> passes = store.passes(programId);
        List<SideCompletion> sides = new ArrayList<>();
        List<ModuleCompletion> modules = new ArrayList<>();
        for (Side side : Side.values()) {
            sides.add(new SideCompletion(side, approved.get(side), approved.get(side) - behind.get(side)));
            for (TrainingModule module : catalogue.forSide(side)) {
                modules.add(new ModuleCompletion(module.code(), module.title(), side, approved.get(side),
                        passes.getOrDefault(module.code(), 0L)));
            }
        }
        return new CompletionFigures(programId, settings.get(programId).requiredBeforePairing(), sides, modules);
    }

    /** One page (from 0) of approved participants who have not finished, those approved longest ago first. */
    public PageOf<NotDone> notDone(long programId, Integer page, Integer size) {
        managed.requireManaged(programId);
        int pageNumber = PageRequests.page(page);
        int pageSize = PageRequests.size(size);
        long total = store.behind(programId).values().stream().mapToLong(Long::longValue).sum();
        List<CompletionStore.Row> rows = store.behind(programId, pageNumber, pageSize);
        Map<String, Employee> people = directory.byNumbers(rows.stream().map(CompletionStore.Row::employeeNumber)
                .toList());
        return new PageOf<>(rows.stream().map(row -> new NotDone(row.participantId(),
                name(people.get(row.employeeNumber()), row.employeeNumber()), row.side(), row.passed(),
                catalogue.codes(row.side()).size(), row.approvedAt())).toList(), pageNumber, pageSize, total);
    }

    private static String name(Employee employee, String employeeNumber) {
        return employee == null ? employeeNumber : employee.fullName();
    }
}
