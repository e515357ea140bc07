package org.flipside.training.progress;

import org.flipside.program.Side;
import org.flipside.training.module.ModuleCatalogue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * "Has not passed every module of their side" as an SQL condition on a participant row {@code p}, for queries that
 * count or list such people without loading them. Only the side's current modules count.
 */
@Component
public class Unfinished {

    /** True for a participant {@code p} with fewer of their side's modules passed than the side has. */
    public static final String CONDITION = "((p.side = 'MENTOR' and " + passed("mentorCodes") + " < :mentorModules) or "
            + "(p.side = 'MENTEE' and " + passed("menteeCodes") + " < :menteeModules))";

    /** How many of their side's current modules a participant {@code p} passed. */
    public static final String PASSED = "(case when p.side = 'MENTOR' then " + passed("mentorCodes") + " else "
            + passed("menteeCodes") + " end)";

    private final ModuleCatalogue catalogue;

    Unfinished(ModuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Binds the parameters {@link #CONDITION} and {@link #PASSED} use. */
    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql) {
        return sql.param("mentorCodes", catalogue.codes(Side.MENTOR))
                .param("mentorModules", catalogue.codes(Side.MENTOR).size())
                .param("menteeCodes", catalogue.codes(Side.MENTEE))
                .param("menteeModules", catalogue.codes(Side.MENTEE).size());
    }

    public int modules(Side side) {
        return catalogue.codes(side).size();
    }

    private static String passed(String codes) {
        return "(select count(*) from training_module_passed m where m.participant_id = p.id and m.module_code in (:"
                + codes + "))";
    }
}
