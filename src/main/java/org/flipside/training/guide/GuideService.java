package org.flipside.training.guide;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flipside.audit.AuditLog;
import org.flipside.program.ProgramView;
import org.flipside.shared.FieldProblem;
import org.flipside.shared.InvalidInputException;
import org.flipside.shared.NotFoundException;
import org.flipside.shared.RuleViolationException;
import org.flipside.shared.StaleEditException;
import org.flipside.training.ConversationGuides;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A program's conversation guides: one per focus topic, created from the best-fitting library guide the first time
 * anyone reads them, then edited by the program's managers. A topic removed from the program keeps its guide, which
 * is no longer listed but can still be opened (a session may have taken items from it) and is listed again if the
 * topic returns.
 */
@Service
public class GuideService implements ConversationGuides {

    static final String KIND = "Conversation guide";
    /** Creating a missing guide is retried this often while another reader's creation is still settling. */
    private static final int ATTEMPTS = 3;

    private final GuideStore store;
    private final GuideCreation creation;
    private final GuideLibrary library;
    private final GuideAccess access;
    private final AuditLog audit;
    private final Clock clock;

    GuideService(GuideStore store, GuideCreation creation, GuideLibrary library, GuideAccess access, AuditLog audit,
                 Clock clock) {
        this.store = store;
        this.creation = creation;
        this.library = library;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<GuideView> ofProgram(long programId) {
        ProgramView program = access.readable(programId);
        Map<String, StoredGuide> byTopic = ensure(program);
        List<StoredGuide> listed = new ArrayList<>();
        for (String topic : program.focusTopics()) {
            StoredGuide guide = byTopic.get(key(topic));
            if (!guide.topic().equals(topic)) {
                store.renameTopic(guide.id(), topic);
            }
            listed.add(guide);
        }
        Map<Long, List<GuideItem>> items = store.items(listed.stream().map(StoredGuide::id).toList());
        List<GuideView> views = new ArrayList<>();
        for (int i = 0; i < listed.size(); i++) {
            StoredGuide guide = listed.get(i);
            views.add(view(guide, program.focusTopics().get(i), items.getOrDefault(guide.id(), List.of())));
        }
        return views;
    }

    @Override
    public GuideView get(long programId, long guideId) {
        access.readable(programId);
        return load(programId, guideId);
    }

    /** Whether the signed-in person manages the program, and so may edit its guides. */
    public boolean editableByCurrentUser(long programId) {
        return access.manages(programId);
    }

    /** The guide as its editor starts from; only the program's managers. */
    public GuideView forEditing(long programId, long guideId) {
        access.managed(programId);
        return load(programId, guideId);
    }

    @Transactional
    public GuideView update(long programId, long guideId, GuideEdit edit, long expectedVersion) {
        StoredGuide guide = editable(programId, guideId, expectedVersion);
        GuideEdit clean = GuideRules.normalise(edit);
        Set<Integer> known = store.items(List.of(guideId)).getOrDefault(guideId, List.of()).stream()
                .map(GuideItem::position).collect(Collectors.toSet());
        List<FieldProblem> problems = GuideRules.check(clean, known);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        GuideView saved = save(guide, clean, expectedVersion);
        audit.success("GUIDE_UPDATED", KIND, guideId,
                "program " + programId + ", " + saved.items().size() + " items, version " + saved.version());
        return saved;
    }

    /** Puts the library's text back: the guide the topic was created from, or the general one if it left the library. */
    @Transactional
    public GuideView reset(long programId, long guideId, long expectedVersion) {
        StoredGuide guide = editable(programId, guideId, expectedVersion);
        LibraryGuide original = library.byCode(guide.libraryCode()).orElseGet(library::general);
        GuideView saved = save(guide, original.asEdit(), expectedVersion);
        audit.success("GUIDE_RESET", KIND, guideId,
                "program " + programId + ", library guide " + original.code() + ", version " + saved.version());
        return saved;
    }

    private StoredGuide editable(long programId, long guideId, long expectedVersion) {
        ProgramView program = access.managed(programId);
        if (!program.editable()) {
            throw new RuleViolationException("guide.programClosed",
                    "The program is closed; its guides stay as they were.");
        }
        StoredGuide guide = store.find(programId, guideId).orElseThrow(() -> new NotFoundException(KIND, guideId));
        if (guide.version() != expectedVersion) {
            throw new StaleEditException(KIND, guideId);
        }
        return guide;
    }

    /** New items take positions never used in this guide, so a position always means the same item. */
    private GuideView save(StoredGuide guide, GuideEdit edit, long expectedVersion) {
        int next = guide.nextPosition();
        List<GuideItem> items = new ArrayList<>();
        for (GuideEdit.Item item : edit.items()) {
            int position = item.position() != null ? item.position() : next++;
            items.add(new GuideItem(position, item.kind(), item.text()));
        }
        if (!store.update(guide.id(), expectedVersion, edit.title(), edit.introduction(), next, now(), actor())) {
            throw new StaleEditException(KIND, guide.id());
        }
        store.replaceItems(guide.id(), items);
        return new GuideView(guide.id(), guide.programId(), guide.topic(), edit.title(), edit.introduction(), items,
                expectedVersion + 1);
    }

    /** The program's guides by topic key, after creating those its topics still lack. */
    private Map<String, StoredGuide> ensure(ProgramView program) {
        List<StoredGuide> stored = store.ofProgram(program.id());
        for (int attempt = 1; ; attempt++) {
            Map<String, StoredGuide> byKey = stored.stream()
                    .collect(Collectors.toMap(StoredGuide::topicKey, Function.identity()));
            List<String> missing = program.focusTopics().stream().filter(t -> !byKey.containsKey(key(t))).toList();
            if (missing.isEmpty()) {
                return byKey;
            }
            if (attempt > ATTEMPTS) {
                throw new IllegalStateException("The guides for " + missing + " of program " + program.id()
                        + " could not be created.");
            }
            for (String topic : missing) {
                LibraryGuide from = GuideChooser.choose(library.all(), library.general(), topic, program.objectives());
                creation.create(program.id(), topic, key(topic), from, now(), actor());
            }
            stored = store.ofProgram(program.id());
        }
    }

    private GuideView load(long programId, long guideId) {
        StoredGuide guide = store.find(programId, guideId).orElseThrow(() -> new NotFoundException(KIND, guideId));
        return view(guide, guide.topic(), store.items(List.of(guideId)).getOrDefault(guideId, List.of()));
    }

    private static GuideView view(StoredGuide guide, String topic, List<GuideItem> items) {
        return new GuideView(guide.id(), guide.programId(), topic, guide.title(), guide.introduction(), items,
                guide.version());
    }

    /** Topics differing only in case or surrounding spaces are the same topic, as the program's own rules say. */
    static String key(String topic) {
        return topic.strip().toLowerCase(Locale.ROOT);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String actor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication == null ? "system" : authentication.getName();
        return name.length() > 100 ? name.substring(0, 100) : name;
    }
}
