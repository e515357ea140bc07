package org.flipside.training.progress;

import java.util.List;
import org.flipside.program.ParticipantView;

/** A participant's training in one program: their side's modules in reading order and whether all are passed. */
public record ProgramTraining(ParticipantView participant, List<ModuleStatus> modules) {

    public ProgramTraining {
        modules = List.copyOf(modules);
    }

    public boolean complete() {
        return modules.stream().allMatch(ModuleStatus::passed);
    }

    public long passedCount() {
        return modules.stream().filter(ModuleStatus::passed).count();
    }
}
