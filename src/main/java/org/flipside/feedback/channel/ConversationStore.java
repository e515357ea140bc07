package org.flipside.feedback.channel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.flipside.shared.web.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code confidential_conversation} and {@code confidential_message} tables. Every read names either the author
 * or the program, so a lookup by id alone never finds a conversation.
 */
@Component
class ConversationStore {

    private static final String COLUMNS = "select c.id, c.program_id, p.name as program_name, c.pair_id, c.kind, "
            + "c.subject, c.state, c.author_name, c.opened_at, c.last_activity_at, c.version "
            + "from confidential_conversation c join program p on p.id = c.program_id ";

    private final JdbcClient jdbc;

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long open(long programId, long participantId, String employeeNumber, String authorName, Long pairId,
              ConversationKind kind, String subject, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into confidential_conversation (program_id, author_participant_id, author_employee_number, "
                        + "author_name, pair_id, kind, subject, state, opened_at, last_activity_at, version) values "
                        + "(:program, :participant, :number, :name, :pair, :kind, :subject, 'OPEN', :at, :at, 0)")
                .param("program", programId).param("participant", participantId).param("number", employeeNumber)
                .param("name", authorName).param("pair", pairId).param("kind", kind.name())
                .param("subject", subject).param("at", utc(at)).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    long post(long conversationId, boolean fromManager, String writtenBy, String body, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into confidential_message (conversation_id, from_manager, written_by, body, posted_at) "
                        + "values (:conversation, :manager, :by, :body, :at)")
                .param("conversation", conversationId).param("manager", fromManager).param("by", writtenBy)
                .param("body", body).param("at", utc(at)).update(key, "id");
        jdbc.sql("update confidential_conversation set last_activity_at = :at where id = :id")
                .param("at", utc(at)).param("id", conversationId).update();
        return key.getKeyAs(Number.class).longValue();
    }

    /** False when the conversation was changed since {@code version} or is not in state {@code from}. */
    boolean move(long id, ConversationState from, ConversationState to, long version, Instant at) {
        return jdbc.sql("update confidential_conversation set state = :to, last_activity_at = :at, "
                        + "version = version + 1 where id = :id and state = :from and version = :version")
                .param("to", to.name()).param("at", utc(at)).param("id", id).param("from", from.name())
                .param("version", version).update() == 1;
    }

    Optional<ConversationSummary> ofAuthor(long id, String employeeNumber) {
        return jdbc.sql(COLUMNS + "where c.id = :id and c.author_employee_number = :number")
                .param("id", id).param("number", employeeNumber).query(ConversationStore::row).optional();
    }

    Optional<ConversationSummary> ofProgram(long id, long programId) {
        return jdbc.sql(COLUMNS + "where c.id = :id and c.program_id = :program")
                .param("id", id).param("program", programId).query(ConversationStore::row).optional();
    }

    /** Where the participant's replies go: the author's employee number. */
    String authorNumber(long id) {
        return jdbc.sql("select author_employee_number from confidential_conversation where id = :id")
                .param("id", id).query(String.class).single();
    }

    List<ConversationSummary> byAuthor(String employeeNumber) {
        return jdbc.sql(COLUMNS + "where c.author_employee_number = :number order by c.last_activity_at desc, c.id desc")
                .param("number", employeeNumber).query(ConversationStore::row).list();
    }

    /** One page of a program's conversations, newest activity first; {@code state} null means all. */
    PageOf<ConversationSummary> inProgram(long programId, ConversationState state, int page, int size) {
        String filter = "where c.program_id = :program" + (state == null ? "" : " and c.state = :state");
        var count = jdbc.sql("select count(*) from confidential_conversation c " + filter).param("program", programId);
        var rows = jdbc.sql(COLUMNS + filter + " order by c.last_activity_at desc, c.id desc "
                + "limit :size offset :offset").param("program", programId)
                .param("offset", (long) page * size).param("size", size);
        if (state != null) {
            count = count.param("state", state.name());
            rows = rows.param("state", state.name());
        }
        long total = count.query(Long.class).single();
        return new PageOf<>(rows.query(ConversationStore::row).list(), page, size, total);
    }

    List<ConversationMessage> messages(long conversationId) {
        return jdbc.sql("select id, from_manager, written_by, body, posted_at from confidential_message "
                        + "where conversation_id = :id order by posted_at, id")
                .param("id", conversationId)
                .query((rs, n) -> new ConversationMessage(rs.getLong("id"), rs.getBoolean("from_manager"),
                        rs.getString("written_by"), rs.getString("body"),
                        rs.getObject("posted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    private static ConversationSummary row(ResultSet rs, int n) throws SQLException {
        Long pair = rs.getObject("pair_id", Long.class);
        return new ConversationSummary(rs.getLong("id"), rs.getLong("program_id"), rs.getString("program_name"),
                pair, ConversationKind.valueOf(rs.getString("kind")), rs.getString("subject"),
                ConversationState.valueOf(rs.getString("state")), rs.getString("author_name"),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(),
                rs.getObject("last_activity_at", OffsetDateTime.class).toInstant(), rs.getLong("version"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
