package org.flipside.matching.scoring;

import java.util.ArrayList;
import java.util.List;
import org.flipside.matching.settings.Criterion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Explanations as compact JSON for a {@code varchar(8000)} column: one-letter names, the reason keys and arguments
 * as they are, so that a stored explanation is shown in whatever language the reader uses later. Should an
 * explanation with many long answers still be too long, lists keep their first item and texts are shortened.
 */
public final class ExplanationCodec {

    public static final int MAX_LENGTH = 8000;
    private static final int SHORT_TEXT = 40;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ExplanationCodec() {
    }

    public static String write(Explanation explanation) {
        String full = JSON.writeValueAsString(node(explanation, false));
        if (full.length() <= MAX_LENGTH) {
            return full;
        }
        String compact = JSON.writeValueAsString(node(explanation, true));
        if (compact.length() > MAX_LENGTH) {
            throw new IllegalStateException("Explanation longer than " + MAX_LENGTH + " characters even when shortened");
        }
        return compact;
    }

    public static Explanation read(String json) {
        JsonNode root = JSON.readTree(json);
        List<CriterionScore> criteria = new ArrayList<>();
        for (JsonNode c : root.get("c")) {
            criteria.add(new CriterionScore(Criterion.valueOf(c.get("c").stringValue()), c.get("w").intValue(),
                    c.get("f").intValue(), c.get("p").intValue(), reason(c.get("r"))));
        }
        Block block = null;
        JsonNode b = root.get("b");
        if (b != null && !b.isNull()) {
            JsonNode criterion = b.get("c");
            block = new Block(Constraint.valueOf(b.get("k").stringValue()),
                    criterion == null ? null : Criterion.valueOf(criterion.stringValue()), reason(b.get("r")));
        }
        return new Explanation(root.get("s").intValue(), criteria, block);
    }

    private static ObjectNode node(Explanation explanation, boolean compact) {
        ObjectNode root = NODES.objectNode();
        root.put("s", explanation.score());
        ArrayNode criteria = root.putArray("c");
        for (CriterionScore score : explanation.criteria()) {
            ObjectNode c = criteria.addObject();
            c.put("c", score.criterion().name());
            c.put("w", score.weight());
            c.put("f", score.fulfilment());
            c.put("p", score.points());
            c.set("r", reason(score.reason(), compact));
        }
        Block block = explanation.block();
        if (block != null) {
            ObjectNode b = root.putObject("b");
            b.put("k", block.constraint().name());
            if (block.criterion() != null) {
                b.put("c", block.criterion().name());
            }
            b.set("r", reason(block.reason(), compact));
        }
        return root;
    }

    private static ObjectNode reason(Reason reason, boolean compact) {
        ObjectNode node = NODES.objectNode();
        node.put("k", reason.code());
        node.set("a", arguments(reason.arguments(), compact));
        return node;
    }

    private static ArrayNode arguments(List<?> arguments, boolean compact) {
        ArrayNode array = NODES.arrayNode();
        for (Object argument : arguments) {
            array.add(argument(argument, compact));
        }
        return array;
    }

    private static JsonNode argument(Object argument, boolean compact) {
        if (argument instanceof Integer number) {
            return NODES.numberNode(number);
        }
        if (argument instanceof String text) {
            return NODES.stringNode(compact && text.length() > SHORT_TEXT ? text.substring(0, SHORT_TEXT - 1) + "…" : text);
        }
        if (argument instanceof Term term) {
            ObjectNode node = NODES.objectNode();
            node.put("t", term.code());
            if (!term.arguments().isEmpty()) {
                node.set("a", arguments(term.arguments(), compact));
            }
            if (term.fallback() != null) {
                node.put("f", term.fallback());
            }
            return node;
        }
        if (argument instanceof List<?> list) {
            return arguments(compact && list.size() > 1 ? list.subList(0, 1) : list, compact);
        }
        throw new IllegalArgumentException("A reason argument is an Integer, a String, a Term or a list of those, not "
                + (argument == null ? "null" : argument.getClass().getSimpleName()));
    }

    private static Reason reason(JsonNode node) {
        return new Reason(node.get("k").stringValue(), values(node.get("a")));
    }

    private static List<Object> values(JsonNode array) {
        List<Object> values = new ArrayList<>();
        if (array != null) {
            for (JsonNode item : array) {
                values.add(value(item));
            }
        }
        return values;
    }

    private static Object value(JsonNode node) {
        if (node.isInt()) {
            return node.intValue();
        }
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isArray()) {
            return values(node);
        }
        JsonNode fallback = node.get("f");
        return new Term(node.get("t").stringValue(), values(node.get("a")),
                fallback == null ? null : fallback.stringValue());
    }
}
