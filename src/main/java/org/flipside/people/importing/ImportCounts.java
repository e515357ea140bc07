package org.flipside.people.importing;

/** How many rows an import creates, updates, leaves unchanged, marks as leavers and rejects. */
public record ImportCounts(int rows, int created, int updated, int unchanged, int leavers, int rejected, int problems) {

    static ImportCounts of(ImportPlan plan) {
        return new ImportCounts(plan.rows(), plan.creates().size(), plan.updates().size(), plan.unchanged(),
                plan.leavers().size(), plan.rejected(), plan.problems().size());
    }

    /** For the audit log. */
    String summary() {
        return "rows=" + rows + ", created=" + created + ", updated=" + updated + ", unchanged=" + unchanged
                + ", leavers=" + leavers + ", rejected=" + rejected;
    }
}
