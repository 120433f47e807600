package org.realtimepresence.runtime.internal.fastpath;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What a schema needs, derived from the schema document itself: {@code type}, {@code enum}, {@code format:
 * date-time}, {@code properties}, {@code required} and boolean {@code additionalProperties}, plus annotations
 * that assert nothing. A schema that uses any other keyword (or another {@code format}, a non-string
 * {@code enum}, a numeric {@code type}, a schema-valued {@code additionalProperties}, ...) gets no profile, and
 * its codec always takes the full evaluation.
 *
 * <p>Numeric types are left out on purpose: a number the schema accepts may not fit the generated Java field,
 * while every value of the supported types binds (strings to strings, free-form values to maps and lists).
 */
public final class SchemaProfile {

    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final Set<String> ANNOTATIONS = Set.of(
            "title", "description", "$comment", "examples", "default", "deprecated", "readOnly", "writeOnly");
    private static final Map<String, Integer> TYPES = Map.of(
            "string", ValueRule.STRING, "object", ValueRule.OBJECT, "array", ValueRule.ARRAY,
            "boolean", ValueRule.BOOLEAN, "null", ValueRule.NULL);

    /** Margin over the evaluation bound derived from the schema's size, for networknt's internal bookkeeping. */
    private static final int EVALUATION_MARGIN = 4;

    private final ValueRule root;
    private final String unsupported;
    private final int schemaNodes;
    private final int schemaDepth;

    private SchemaProfile(ValueRule root, String unsupported, JsonNode schema) {
        this.root = root;
        this.unsupported = unsupported;
        this.schemaNodes = nodes(schema);
        this.schemaDepth = depth(schema);
    }

    /** The profile of a schema document, or one that says which keyword keeps the fast path off. */
    public static SchemaProfile of(JsonNode schema) {
        try {
            return new SchemaProfile(rule(schema, "", true), null, schema);
        } catch (Unsupported e) {
            return new SchemaProfile(null, e.getMessage(), schema);
        }
    }

    /**
     * Whether networknt's evaluation limits can never stop a document the fast path accepts. Within the subset
     * every subschema applies to at most one instance location (there are no arrays, patterns or references to
     * fan out), so the evaluation of any document is bounded by the schema's own size and nesting; the fast
     * path stays on only when the limits leave a wide margin over that bound.
     */
    public boolean evaluationFits(long maxEvaluationSteps, int maxEvaluationDepth) {
        return maxEvaluationSteps >= minimumEvaluationSteps() && maxEvaluationDepth >= minimumEvaluationDepth();
    }

    /** The smallest {@code maxEvaluationSteps} that keeps the fast path on. */
    public long minimumEvaluationSteps() {
        return (long) EVALUATION_MARGIN * schemaNodes;
    }

    /** The smallest {@code maxEvaluationDepth} that keeps the fast path on. */
    public int minimumEvaluationDepth() {
        return EVALUATION_MARGIN * schemaDepth;
    }

    public boolean supported() {
        return root != null;
    }

    /** Why the fast path is off for this schema, or null when it is supported. */
    public String unsupportedReason() {
        return unsupported;
    }

    ValueRule root() {
        return root;
    }

    private static int nodes(JsonNode node) {
        int count = 1;
        for (JsonNode child : node) {
            count += nodes(child);
        }
        return count;
    }

    private static int depth(JsonNode node) {
        int deepest = 0;
        for (JsonNode child : node) {
            deepest = Math.max(deepest, depth(child));
        }
        return 1 + deepest;
    }

    private static ValueRule rule(JsonNode schema, String pointer, boolean isRoot) {
        if (schema.isBoolean() && schema.booleanValue()) {
            return ValueRule.ANY;
        }
        if (!schema.isObject()) {
            throw new Unsupported(pointer, "a schema that is neither an object nor true");
        }
        int types = ValueRule.ALL;
        Set<String> enumValues = null;
        boolean dateTime = false;
        Map<String, ValueRule> properties = new LinkedHashMap<>();
        List<String> required = List.of();
        Boolean additional = null;
        for (String keyword : schema.propertyNames()) {
            JsonNode value = schema.get(keyword);
            String at = pointer + "/" + keyword;
            switch (keyword) {
                case "$schema" -> requireDialect(value, at, isRoot);
                case "$id" -> requireRoot(at, isRoot);
                case "type" -> types = types(value, at);
                case "enum" -> enumValues = strings(value, at);
                case "format" -> dateTime = dateTimeFormat(value, at);
                case "properties" -> properties = properties(value, at);
                case "required" -> required = List.copyOf(strings(value, at));
                case "additionalProperties" -> additional = booleanSchema(value, at);
                default -> {
                    if (!ANNOTATIONS.contains(keyword)) {
                        throw new Unsupported(at, "the keyword '" + keyword + "'");
                    }
                }
            }
        }
        boolean constrainsObjects = !properties.isEmpty() || !required.isEmpty() || Boolean.FALSE.equals(additional);
        ObjectRule object = constrainsObjects ? objectRule(properties, required, Boolean.FALSE.equals(additional), pointer) : null;
        return new ValueRule(types, enumValues, dateTime, object);
    }

    private static ObjectRule objectRule(Map<String, ValueRule> properties, List<String> required, boolean closed, String pointer) {
        Set<String> names = new HashSet<>(properties.keySet());
        names.addAll(required);
        if (names.size() > ObjectRule.MAX_NAMES) {
            throw new Unsupported(pointer, "more than " + ObjectRule.MAX_NAMES + " property names in one object");
        }
        Map<String, ObjectRule.Slot> slots = new LinkedHashMap<>();
        long requiredBits = 0;
        for (String name : names) {
            long bit = 1L << slots.size();
            slots.put(name, new ObjectRule.Slot(properties.getOrDefault(name, ValueRule.ANY), bit));
            if (required.contains(name)) {
                requiredBits |= bit;
            }
        }
        return new ObjectRule(slots, requiredBits, closed);
    }

    private static Map<String, ValueRule> properties(JsonNode value, String at) {
        if (!value.isObject()) {
            throw new Unsupported(at, "'properties' that is not an object");
        }
        Map<String, ValueRule> properties = new LinkedHashMap<>();
        for (String name : value.propertyNames()) {
            properties.put(name, rule(value.get(name), at + "/" + name.replace("~", "~0").replace("/", "~1"), false));
        }
        return properties;
    }

    private static int types(JsonNode value, String at) {
        Set<String> names = value.isString() ? Set.of(value.asString()) : strings(value, at);
        int bits = 0;
        for (String name : names) {
            Integer bit = TYPES.get(name);
            if (bit == null) {
                throw new Unsupported(at, "the type '" + name + "'");
            }
            bits |= bit;
        }
        return bits;
    }

    private static Set<String> strings(JsonNode value, String at) {
        if (!value.isArray()) {
            throw new Unsupported(at, "a value that is not an array of strings");
        }
        Set<String> strings = new HashSet<>();
        for (JsonNode member : value) {
            if (!member.isString()) {
                throw new Unsupported(at, "a member that is not a string");
            }
            strings.add(member.asString());
        }
        return Set.copyOf(strings);
    }

    private static boolean dateTimeFormat(JsonNode value, String at) {
        if (!value.isString() || !"date-time".equals(value.asString())) {
            throw new Unsupported(at, "a format other than date-time");
        }
        return true;
    }

    private static boolean booleanSchema(JsonNode value, String at) {
        if (!value.isBoolean()) {
            throw new Unsupported(at, "'additionalProperties' that is a schema rather than true or false");
        }
        return value.booleanValue();
    }

    private static void requireDialect(JsonNode value, String at, boolean isRoot) {
        requireRoot(at, isRoot);
        if (!value.isString() || !DRAFT_2020_12.equals(value.asString())) {
            throw new Unsupported(at, "a dialect other than draft 2020-12");
        }
    }

    private static void requireRoot(String at, boolean isRoot) {
        if (!isRoot) {
            throw new Unsupported(at, "an identifier below the root");
        }
    }

    /** Ends the analysis at the first keyword outside the subset. */
    private static final class Unsupported extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unsupported(String pointer, String what) {
            super("Fast path off: " + what + " at " + (pointer.isEmpty() ? "the root" : pointer));
        }
    }
}
