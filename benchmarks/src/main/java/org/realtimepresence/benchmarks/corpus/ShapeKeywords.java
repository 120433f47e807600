// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.corpus;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Finds the keywords that change the shape of an instance (compositions, conditionals, pattern and
 * dependent members, tuple items) anywhere in a schema of any draft. It walks on its own, not with
 * the generator's walker, so that a subschema the generator never visits is still found.
 */
final class ShapeKeywords {

    static final Set<String> SHAPE = Set.of(
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "if",
            "then",
            "else",
            "patternProperties",
            "dependentSchemas",
            "dependencies",
            "prefixItems",
            "additionalItems",
            "unevaluatedProperties",
            "unevaluatedItems",
            "$dynamicRef",
            "$recursiveRef",
            "propertyNames",
            "contains");

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
            "additionalItems");
    private static final Set<String> MAP =
            Set.of("properties", "patternProperties", "$defs", "definitions", "dependentSchemas", "dependencies");
    private static final Set<String> ARRAY = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    private ShapeKeywords() {}

    /** The shape keywords used in {@code schema}; {@code items} counts only in its array (tuple) form. */
    static Set<String> in(JsonNode schema) {
        Set<String> found = new TreeSet<>();
        collect(schema, found);
        return found;
    }

    private static void collect(JsonNode schema, Set<String> found) {
        if (!schema.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> entry : schema.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            if (SHAPE.contains(keyword) && !(keyword.equals("dependencies") && onlyRequired(value))) {
                found.add(keyword);
            }
            if (keyword.equals("items") && value.isArray()) {
                found.add("items (array form)");
            }
            if (SINGLE.contains(keyword) && value.isObject()) {
                collect(value, found);
            } else if (MAP.contains(keyword) && value.isObject()) {
                value.values().forEach(member -> collect(member, found));
            } else if (ARRAY.contains(keyword) && value.isArray()) {
                value.values().forEach(member -> collect(member, found));
            }
        }
    }

    /** Draft-07 {@code dependencies} whose members are all property lists change no shape. */
    private static boolean onlyRequired(JsonNode dependencies) {
        for (JsonNode member : dependencies.values()) {
            if (!member.isArray()) {
                return false;
            }
        }
        return true;
    }
}
