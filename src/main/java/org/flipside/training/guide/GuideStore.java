package org.flipside.training.guide;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.flipside.training.GuideItem;
import org.flipside.training.GuideItemKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Programs' guides and their items. A program's guides and all their items are read in two queries. */
@Repository
class GuideStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GuideStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Every guide of the program, topics removed since included, oldest first. */
    List<StoredGuide> ofProgram(long programId) {
        return jdbc.sql("select * from conversation_guide where program_id = :program order by id")
                .param("program", programId).query(GuideStore::row).list();
    }

    Optional<StoredGuide> find(long programId, long guideId) {
        return jdbc.sql("select * from conversation_guide where id = :id and program_id = :program")
                .param("id", guideId).param("program", programId).query(GuideStore::row).optional();
    }

    /** The items of the guides, in their order, by guide id; one query for all of them. */
    Map<Long, List<GuideItem>> items(Collection<Long> guideIds) {
        Map<Long, List<GuideItem>> byGuide = new HashMap<>();
        if (guideIds.isEmpty()) {
            return byGuide;
        }
        jdbc.sql("select guide_id, position, kind, text from conversation_guide_item where guide_id in (:ids) "
                        + "order by guide_id, ordinal")
                .param("ids", List.copyOf(guideIds))
                .query(rs -> {
                    byGuide.computeIfAbsent(rs.getLong("guide_id"), id -> new ArrayList<>())
                            .add(new GuideItem(rs.getInt("position"), GuideItemKind.valueOf(rs.getString("kind")),
                                    rs.getString("text")));
                });
        return byGuide;
    }

    /**
     * Writes a new guide with its items.
     *
     * @throws org.springframework.dao.DuplicateKeyException when the program already has a guide for the topic
     */
    long insert(long programId, String topic, String topicKey, LibraryGuide from, Instant at, String by) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into conversation_guide (program_id, topic, topic_key, library_code, title, introduction, "
                        + "next_position, created_at, updated_at, updated_by, version) values (:program, :topic, :key, "
                        + ":code, :title, :introduction, :next, :at, :at, :by, 0)")
                .param("program", programId).param("topic", topic).param("key", topicKey)
                .param("code", from.code()).param("title", from.title()).param("introduction", from.introduction())
                .param("next", from.items().size() + 1).param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        insertItems(id, from.items());
        return id;
    }

    /** Saves a new text if the guide is still at the expected version; false when someone saved in between. */
    boolean update(long guideId, long expectedVersion, String title, String introduction, int nextPosition,
                   Instant at, String by) {
        return jdbc.sql("update conversation_guide set title = :title, introduction = :introduction, "
                        + "next_position = :next, updated_at = :at, updated_by = :by, version = version + 1 "
                        + "where id = :id and version = :expected")
                .param("title", title).param("introduction", introduction).param("next", nextPosition)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("by", by).param("id", guideId)
                .param("expected", expectedVersion).update() == 1;
    }

    void replaceItems(long guideId, List<GuideItem> items) {
        jdbc.sql("delete from conversation_guide_item where guide_id = :id").param("id", guideId).update();
        insertItems(guideId, items);
    }

    /** Follows the program's spelling of a topic when only its case or spacing changed. */
    void renameTopic(long guideId, String topic) {
        jdbc.sql("update conversation_guide set topic = :topic where id = :id")
                .param("topic", topic).param("id", guideId).update();
    }

    private void insertItems(long guideId, List<GuideItem> items) {
        if (items.isEmpty()) {
            return;
        }
        List<Integer> ordinals = IntStream.range(0, items.size()).boxed().toList();
        batch.batchUpdate("insert into conversation_guide_item (guide_id, position, ordinal, kind, text) "
                        + "values (?, ?, ?, ?, ?)", ordinals, ordinals.size(),
                (statement, ordinal) -> {
                    GuideItem item = items.get(ordinal);
                    statement.setLong(1, guideId);
                    statement.setInt(2, item.position());
                    statement.setInt(3, ordinal);
                    statement.setString(4, item.kind().name());
                    statement.setString(5, item.text());
                });
    }

    private static StoredGuide row(ResultSet rs, int n) throws SQLException {
        return new StoredGuide(rs.getLong("id"), rs.getLong("program_id"), rs.getString("topic"),
                rs.getString("topic_key"), rs.getString("library_code"), rs.getString("title"),
                rs.getString("introduction"), rs.getInt("next_position"), rs.getLong("version"));
    }
}
