package org.flipside.training.progress;

import java.util.List;
import org.flipside.program.Side;
import org.flipside.training.TrainingFigures;
import org.flipside.training.module.ModuleCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TrainingFigures}: per side, the approved participants and how many passed all of today's modules. */
@Component
@Transactional(readOnly = true)
class TrainingFiguresQuery implements TrainingFigures {

    private final JdbcClient jdbc;
    private final ModuleCatalogue catalogue;

    TrainingFiguresQuery(JdbcClient jdbc, ModuleCatalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    @Override
    public List<SideCompletion> of(long programId) {
        return List.of(side(programId, Side.MENTEE), side(programId, Side.MENTOR));
    }

    private SideCompletion side(long programId, Side side) {
        List<String> codes = catalogue.codes(side);
        if (codes.isEmpty()) {
            long people = jdbc.sql("select count(*) from participant where program_id = :program and side = :side "
                            + "and state = 'APPROVED'")
                    .param("program", programId).param("side", side.name()).query(Long.class).single();
            return new SideCompletion(side, people, people);
        }
        return jdbc.sql("select count(*) as people, coalesce(sum(case when d.passed = :needed then 1 else 0 end), 0) "
                        + "as complete from participant p left join (select m.participant_id, count(*) as passed "
                        + "from training_module_passed m join participant q on q.id = m.participant_id "
                        + "where q.program_id = :program and q.side = :side and m.module_code in (:codes) "
                        + "group by m.participant_id) d on d.participant_id = p.id "
                        + "where p.program_id = :program and p.side = :side and p.state = 'APPROVED'")
                .param("program", programId).param("side", side.name()).param("codes", codes)
                .param("needed", codes.size())
                .query((rs, n) -> new SideCompletion(side, rs.getLong("people"), rs.getLong("complete"))).single();
    }
}
