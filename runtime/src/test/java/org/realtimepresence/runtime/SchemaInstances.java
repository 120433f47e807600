// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded JSON instances of an arbitrary schema: mostly what the schema asks for (enum and const members, declared
 * and required properties, strings of the asserted formats, numbers near the bounds, arrays within their counts),
 * and mutations of those (a value of another type, a property dropped or added, a bound crossed, an item
 * repeated), so that both verdicts, and violations of every profiled keyword, occur.
 */
final class SchemaInstances {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;
    private static final Map<String, List<String>> FORMATS = Map.ofEntries(
            Map.entry("uri", List.of("https://example.com/a?b=c#d", "urn:isbn:0451450523", "not a uri", "/relative")),
            Map.entry("uri-reference", List.of("../a/b", "https://example.com", "a b", "#frag")),
            Map.entry("ipv6", List.of("::1", "2001:db8::8a2e:370:7334", "1::2::3", "fe80::1%eth0")),
            Map.entry(
                    "date-time",
                    List.of(
                            "2026-12-01T10:15:30Z",
                            "2026-12-01T10:15:30.5+01:00",
                            "2026-13-01T10:15:30Z",
                            "2026-12-01 10:15")),
            Map.entry("date", List.of("2026-12-01", "2024-02-29", "2026-02-30", "2026-1-1")),
            Map.entry("time", List.of("10:15:30Z", "23:59:60Z", "10:15:30", "25:00:00Z")),
            Map.entry(
                    "uuid",
                    List.of(
                            "3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                            "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
                            "3f2504e0-4f89",
                            "x")),
            Map.entry("email", List.of("a@example.com", "first.last@sub.example.org", "no-at-sign", "a@b@c")),
            Map.entry("ipv4", List.of("192.168.0.1", "256.1.1.1", "1.2.3")),
            Map.entry("hostname", List.of("example.com", "-bad-.com", "a".repeat(70))));
    private static final List<String> STRINGS = List.of(
            "",
            "a",
            "abc",
            "ABC-123",
            "hello world",
            "x_y.z",
            "12345",
            "https://example.com/a?b=c",
            "ünïcödé",
            "😀",
            "line\nbreak",
            "a".repeat(40),
            "main",
            "true",
            "null");

    /** Property names to try against {@code patternProperties}. */
    private static final List<String> NAMES =
            List.of("x-custom", "foo", "a1", "Z", "1", "_private", "foo.bar", "$x", "name-with-dash", "UPPER", "ünï");

    private static final List<String> APPLICATORS = List.of("oneOf", "anyOf", "allOf", "if", "not");

    private final JsonNode document;
    private final SplittableRandom random;

    SchemaInstances(JsonNode document, long seed) {
        this.document = document;
        this.random = new SplittableRandom(seed);
    }

    /** An instance meant to be valid (it need not be: the schema may ask for what the generator cannot make). */
    JsonNode valid() {
        return generate(document, 0);
    }

    /** A valid-looking instance with one part broken. */
    JsonNode mutated() {
        JsonNode instance = valid();
        return mutate(instance, 0);
    }

    private JsonNode mutate(JsonNode node, int depth) {
        if (node.isObject() && node.size() > 0 && random.nextInt(3) > 0 && depth < MAX_DEPTH) {
            ObjectNode object = (ObjectNode) node;
            List<String> names = new ArrayList<>(object.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            switch (random.nextInt(4)) {
                case 0 -> object.remove(name);
                case 1 -> object.put("unexpected-" + random.nextInt(3), random.nextInt(10));
                default -> object.set(name, mutate(object.get(name), depth + 1));
            }
            return object;
        }
        if (node.isArray() && node.size() > 0 && random.nextBoolean() && depth < MAX_DEPTH) {
            ArrayNode array = (ArrayNode) node;
            int index = random.nextInt(array.size());
            if (random.nextBoolean()) {
                array.add(array.get(index).deepCopy());
            } else {
                array.set(index, mutate(array.get(index), depth + 1));
            }
            return array;
        }
        return switch (random.nextInt(8)) {
            case 0 -> NODES.stringNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 1 -> NODES.numberNode(random.nextInt(-1000, 100_000));
            case 2 -> NODES.numberNode(new java.math.BigDecimal("1.5"));
            case 3 -> NODES.booleanNode(random.nextBoolean());
            case 4 -> NODES.nullNode();
            case 5 -> NODES.objectNode().put("k", "v");
            case 6 -> NODES.arrayNode().add("a").add("a");
            default ->
                node.isString()
                        ? NODES.stringNode(node.stringValue() + "~" + "z".repeat(random.nextInt(1, 300)))
                        : NODES.numberNode(-1);
        };
    }

    private JsonNode generate(JsonNode schema, int depth) {
        if (schema == null || schema.isBoolean()) {
            return scalar();
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString() && ref.stringValue().startsWith("#") && depth < MAX_DEPTH) {
            JsonNode target = document.at(ref.stringValue().substring(1));
            if (!target.isMissingNode()) {
                return generate(target, depth + 1);
            }
        }
        if (schema.has("const") && random.nextInt(10) > 0) {
            return schema.get("const").deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0 && random.nextInt(10) > 0) {
            JsonNode members = schema.get("enum");
            return members.get(random.nextInt(members.size())).deepCopy();
        }
        if (schema.isObject() && depth < MAX_DEPTH && APPLICATORS.stream().anyMatch(schema::has)) {
            return composed((ObjectNode) schema, depth);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> depth < MAX_DEPTH ? object(schema, depth) : NODES.objectNode();
            case "array" -> depth < MAX_DEPTH ? array(schema, depth) : NODES.arrayNode();
            case "string" -> string(schema);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" ->
                random.nextBoolean()
                        ? NODES.numberNode(integer(schema))
                        : NODES.numberNode(new java.math.BigDecimal(integer(schema) + "." + random.nextInt(100)));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "null" -> NODES.nullNode();
            default -> scalar();
        };
    }

    /**
     * An instance of a schema with applicators: its own keywords, merged with one {@code oneOf} and one
     * {@code anyOf} branch, every {@code allOf} branch, and {@code if} with {@code then} or else {@code else}.
     */
    private JsonNode composed(ObjectNode schema, int depth) {
        ObjectNode own = schema.deepCopy();
        List<JsonNode> parts = new ArrayList<>();
        for (String applicator : List.of("oneOf", "anyOf")) {
            JsonNode branches = own.remove(applicator);
            if (branches != null && branches.isArray() && branches.size() > 0) {
                parts.add(branches.get(random.nextInt(branches.size())));
            }
        }
        JsonNode all = own.remove("allOf");
        if (all != null && all.isArray()) {
            all.forEach(parts::add);
        }
        JsonNode condition = own.remove("if");
        JsonNode then = own.remove("then");
        JsonNode otherwise = own.remove("else");
        if (condition != null && random.nextBoolean()) {
            parts.add(condition);
            if (then != null) {
                parts.add(then);
            }
        } else if (otherwise != null) {
            parts.add(otherwise);
        }
        own.remove("not");
        boolean shaped = List.of("type", "properties", "required", "enum", "const", "items", "$ref").stream()
                .anyMatch(own::has);
        JsonNode instance = shaped || parts.isEmpty() ? generate(own, depth + 1) : null;
        for (JsonNode part : parts) {
            JsonNode extra = generate(part, depth + 1);
            if (instance == null) {
                instance = extra;
            } else if (instance.isObject() && extra.isObject()) {
                ObjectNode object = (ObjectNode) instance;
                extra.properties().forEach(entry -> {
                    if (!object.has(entry.getKey())) {
                        object.set(entry.getKey(), entry.getValue());
                    }
                });
            }
        }
        return instance;
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type != null && type.isString()) {
            return type.stringValue();
        }
        if (type != null && type.isArray() && type.size() > 0) {
            return type.get(random.nextInt(type.size())).asString();
        }
        if (schema.has("properties") || schema.has("required") || schema.has("additionalProperties")) {
            return "object";
        }
        if (schema.has("items")) {
            return "array";
        }
        if (schema.has("minLength") || schema.has("maxLength") || schema.has("pattern") || schema.has("format")) {
            return "string";
        }
        return List.of("string", "integer", "boolean", "object", "array").get(random.nextInt(5));
    }

    private JsonNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        JsonNode properties = schema.get("properties");
        List<String> required = new ArrayList<>();
        if (schema.get("required") != null) {
            schema.get("required").forEach(name -> required.add(name.asString()));
        }
        if (properties != null && properties.isObject()) {
            for (String name : properties.propertyNames()) {
                if (required.contains(name) || random.nextInt(5) < 3) {
                    object.set(name, generate(properties.get(name), depth + 1));
                }
            }
        }
        for (String name : required) {
            if (!object.has(name)) {
                object.set(name, scalar());
            }
        }
        JsonNode patterns = schema.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            for (String regex : patterns.propertyNames()) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                try {
                    if (random.nextBoolean()
                            && java.util.regex.Pattern.compile(regex)
                                    .matcher(name)
                                    .find()) {
                        object.set(name, generate(patterns.get(regex), depth + 1));
                    }
                } catch (java.util.regex.PatternSyntaxException e) {
                    // a pattern Java does not read: no name for it
                }
            }
        }
        JsonNode additional = schema.get("additionalProperties");
        if (additional != null && additional.isObject() && random.nextBoolean()) {
            object.set("extra" + random.nextInt(3), generate(additional, depth + 1));
        }
        return object;
    }

    private JsonNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int min = schema.has("minItems") ? schema.get("minItems").asInt() : 0;
        int count = Math.min(min + random.nextInt(4), 12);
        JsonNode items = schema.get("items");
        for (int i = 0; i < count; i++) {
            array.add(generate(items != null && items.isObject() ? items : null, depth + 1));
        }
        return array;
    }

    private JsonNode string(JsonNode schema) {
        JsonNode format = schema.get("format");
        if (format != null && FORMATS.containsKey(format.asString()) && random.nextInt(4) > 0) {
            List<String> samples = FORMATS.get(format.asString());
            return NODES.stringNode(samples.get(random.nextInt(samples.size())));
        }
        JsonNode examples = schema.get("examples");
        if (examples != null && examples.isArray() && examples.size() > 0 && random.nextBoolean()) {
            return examples.get(random.nextInt(examples.size())).deepCopy();
        }
        JsonNode fallback = schema.get("default");
        if (fallback != null && random.nextBoolean()) {
            return fallback.deepCopy();
        }
        return NODES.stringNode(STRINGS.get(random.nextInt(STRINGS.size())));
    }

    private long integer(JsonNode schema) {
        for (String bound : List.of("minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum")) {
            JsonNode value = schema.get(bound);
            if (value != null && value.isNumber() && random.nextBoolean()) {
                return value.asLong() + random.nextInt(-1, 2);
            }
        }
        return random.nextInt(-5, 1000);
    }

    private JsonNode scalar() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.stringNode(STRINGS.get(random.nextInt(STRINGS.size())));
            case 1 -> NODES.numberNode(random.nextInt(-10, 100));
            case 2 -> NODES.booleanNode(random.nextBoolean());
            case 3 -> NODES.nullNode();
            default -> NODES.objectNode().put("k", random.nextInt(3));
        };
    }
}
