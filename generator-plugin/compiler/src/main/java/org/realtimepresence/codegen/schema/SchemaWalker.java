// SPDX-License-Identifier: Apache-2.0
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

    /** Called once per schema object, with whether the generator applies it as a type of its own. */
    interface PlacedVisitor {
        /**
         * Visits one schema object.
         *
         * @param typed true where the generated types follow the schema: the root, and below it only
         *     through {@code properties}, {@code items} (one schema), {@code additionalProperties},
         *     {@code $defs} and {@code definitions}, also inside the object branches of
         *     {@code oneOf}/{@code anyOf}/{@code allOf} (though never a branch itself); false below any
         *     other applicator ({@code not}, {@code if}, {@code prefixItems}, ...), which only the
         *     validator reads
         */
        void visit(String pointer, JsonNode schema, boolean typed);
    }

    /** Includes {@code extends}, jsonschema2pojo's own keyword: it follows the {@code $ref}s in it. */
    private static final Set<String> SINGLE = Set.of(
            "additionalProperties",
            "items",
            "contains",
            "propertyNames",
            "if",
            "then",
            "else",
            "not",
            "unevaluatedItems",
            "unevaluatedProperties",
            "contentSchema",
            "extends",
            "additionalItems");

    private static final Set<String> MAP =
            Set.of("properties", "patternProperties", "$defs", "dependentSchemas", "definitions", "dependencies");
    private static final Set<String> ARRAY = Set.of("prefixItems", "allOf", "anyOf", "oneOf", "items");
    /** Where the generator applies a subschema as a type: single schemas and named members. */
    private static final Set<String> TYPED =
            Set.of("properties", "items", "additionalProperties", "$defs", "definitions");
    /** Whose branches the generator does not apply as types themselves, only what they hold. */
    private static final Set<String> BRANCHES = Set.of("oneOf", "anyOf", "allOf");

    private SchemaWalker() {}

    static void walk(JsonNode root, Visitor visitor) {
        walk(root, (pointer, schema, typed) -> visitor.visit(pointer, schema));
    }

    static void walk(JsonNode root, PlacedVisitor visitor) {
        walk("", root, true, true, visitor);
    }

    /**
     * @param typed whether the generator applies this schema as a type
     * @param reached whether the generator reads this schema at all (the branch of a union, say)
     */
    private static void walk(String pointer, JsonNode schema, boolean typed, boolean reached, PlacedVisitor visitor) {
        if (!schema.isObject()) {
            return; // a boolean schema has no keywords
        }
        visitor.visit(pointer, schema, typed);
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String at = JsonPointers.append(pointer, keyword);
            boolean typedBelow = reached && TYPED.contains(keyword);
            boolean reachedBelow = typedBelow || (reached && BRANCHES.contains(keyword));
            if (SINGLE.contains(keyword) && value.isObject()) {
                walk(at, value, typedBelow, reachedBelow, visitor);
            } else if (MAP.contains(keyword) && value.isObject()) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    walk(
                            JsonPointers.append(at, member.getKey()),
                            member.getValue(),
                            typedBelow,
                            reachedBelow,
                            visitor);
                }
            } else if (ARRAY.contains(keyword) && value.isArray()) {
                // The array form of items holds positional schemas, which the types do not follow.
                boolean positional = keyword.equals("items");
                for (int i = 0; i < value.size(); i++) {
                    walk(
                            JsonPointers.append(at, i),
                            value.get(i),
                            typedBelow && !positional,
                            reachedBelow && !positional,
                            visitor);
                }
            }
        }
    }
}
