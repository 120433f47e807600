package org.realtimepresence.codegen.schema;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Visits every subschema of a document in document order, with its JSON Pointer. It only descends
 * where the applicator vocabularies of draft-04 to 2020-12 put schemas (draft-07's schema-valued
 * {@code dependencies} and {@code additionalItems} included), so values of {@code enum},
 * {@code const}, {@code default} and {@code examples} are never mistaken for schemas.
 */
final class SchemaWalker {

    /** Called once per schema object. */
    interface Visitor {
        void visit(String pointer, JsonNode schema);
    }

    /** Includes {@code extends}, jsonschema2pojo's own keyword: it follows the {@code $ref}s in it. */
    private static final Set<String> SINGLE = Set.of(
            "additionalProperties", "items", "contains", "propertyNames", "if", "then", "else", "not",
            "unevaluatedItems", "unevaluatedProperties", "contentSchema", "extends", "additionalItems");
    private static final Set<String> MAP = Set.of(
            "properties", "patternProperties", "$defs", "dependentSchemas", "definitions", "dependencies");
    private static final Set<String> ARRAY = Set.of("prefixItems", "allOf", "anyOf", "oneOf", "items");

    private SchemaWalker() {
    }

    static void walk(JsonNode root, Visitor visitor) {
        walk("", root, visitor);
    }

    private static void walk(String pointer, JsonNode schema, Visitor visitor) {
        if (!schema.isObject()) {
            return; // a boolean schema has no keywords
        }
        visitor.visit(pointer, schema);
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String at = JsonPointers.append(pointer, keyword);
            if (SINGLE.contains(keyword) && value.isObject()) {
                walk(at, value, visitor);
            } else if (MAP.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    walk(JsonPointers.append(at, member.getKey()), member.getValue(), visitor);
                }
            } else if (ARRAY.contains(keyword) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(JsonPointers.append(at, i), value.get(i), visitor);
                }
            }
        }
    }
}
