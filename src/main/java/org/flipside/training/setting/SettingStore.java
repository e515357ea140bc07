package org.flipside.training.setting;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.flipside.shared.StaleEditException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Programs' training settings, versioned. */
@Repository
public class SettingStore {

    static final String KIND = "Training setting";

    private final JdbcClient jdbc;

    SettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public TrainingSetting get(long programId) {
        return find(programId).orElseGet(() -> TrainingSetting.initial(programId));
    }

    private Optional<TrainingSetting> find(long programId) {
        return jdbc.sql("select * from training_setting where program_id = :program").param("program", programId)
                .query((rs, n) -> new TrainingSetting(programId, rs.getBoolean("required_before_pairing"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"), rs.getLong("version")))
                .optional();
    }

    /**
     * Stores the setting if it is still at the expected version (0 for a program that never saved one).
     *
     * @throws StaleEditException when someone saved in between
     */
    TrainingSetting save(long programId, boolean required, long expectedVersion, Instant at, String by) {
        int changed = expectedVersion == 0 ? insert(programId, required, at, by)
                : jdbc.sql("update training_setting set required_before_pairing = :required, updated_at = :at, "
                        + "updated_by = :by, version = version + 1 where program_id = :program and version = :expected")
                .param("program", programId).param("required", required).param("at", at.atOffset(ZoneOffset.UTC))
                .param("by", by).param("expected", expectedVersion).update();
        if (changed == 0) {
            throw new StaleEditException(KIND, programId);
        }
        return get(programId);
    }

    private int insert(long programId, boolean required, Instant at, String by) {
        try {
            return jdbc.sql("insert into training_setting (program_id, required_before_pairing, updated_at, "
                            + "updated_by, version) select :program, :required, :at, :by, 1 where not exists "
                            + "(select 1 from training_setting where program_id = :program)")
                    .param("program", programId).param("required", required)
                    .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).update();
        } catch (DuplicateKeyException e) {
            // two first saves at once: the other one stored its setting first
            return 0;
        }
    }
}
