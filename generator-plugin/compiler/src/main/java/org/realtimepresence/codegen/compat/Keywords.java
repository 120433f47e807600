// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** What the comparator knows about each draft 2020-12 keyword. */
final class Keywords {

    /** Meta-data and content keywords: they never change which instances are valid. */
    static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "default",
            "examples",
            "deprecated",
            "readOnly",
            "writeOnly",
            "$comment",
            "contentEncoding",
            "contentMediaType",
            "contentSchema");

    /** Containers for referenced schemas: compared where a {@code $ref} reaches them, not on their own. */
    static final Set<String> CONTAINERS = Set.of("$defs", "definitions");

    /** Keywords with a rule of their own in {@link SchemaComparator}. */
    static final Set<String> REASONED = Set.of(
            "$ref",
            "type",
            "enum",
            "const",
            "format",
            "minLength",
            "maxLength",
            "pattern",
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
            "minItems",
            "maxItems",
            "uniqueItems",
            "items",
            "prefixItems",
            "properties",
            "additionalProperties",
            "patternProperties",
            "required",
            "minProperties",
            "maxProperties",
            "propertyNames");

    /** Keywords whose meaning depends on which siblings evaluated what: equal text is no proof. */
    static final Set<String> SIBLING_DEPENDENT = Set.of("unevaluatedItems", "unevaluatedProperties");

    private Keywords() {}

    /** Whether {@code schema} accepts every instance: absent, {@code true}, or only annotations. */
    static boolean acceptsAll(JsonNode schema) {
        if (schema == null || schema.isMissingNode() || (schema.isBoolean() && schema.asBoolean())) {
            return true;
        }
        if (!schema.isObject()) {
            return false;
        }
        for (String keyword : schema.propertyNames()) {
            if (!ANNOTATIONS.contains(keyword)
                    && !CONTAINERS.contains(keyword)
                    && !keyword.equals("$schema")
                    && !keyword.equals("$id")) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code schema} is the boolean schema {@code false}. */
    static boolean rejectsAll(JsonNode schema) {
        return schema != null && schema.isBoolean() && !schema.asBoolean();
    }

    /** Whether a {@code $ref} appears anywhere inside {@code node}, so equal text may still mean different things. */
    static boolean containsRef(JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equals("$ref")
                        || member.getKey().equals("$dynamicRef")
                        || containsRef(member.getValue())) {
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                if (containsRef(element)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code schema} is a {@code $ref} with nothing beside it but annotations. */
    static boolean isPureRef(JsonNode schema) {
        if (!schema.isObject() || !schema.has("$ref")) {
            return false;
        }
        for (String keyword : schema.propertyNames()) {
            if (!keyword.equals("$ref") && !ANNOTATIONS.contains(keyword) && !CONTAINERS.contains(keyword)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether instances of the JSON type {@code family} ("string", "number", "array" or "object") can be
     * valid under {@code schema}'s {@code type}; keywords for a family the schema excludes cannot matter.
     */
    static boolean admits(JsonNode schema, String family) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return true;
        }
        if (type.isString()) {
            return matchesFamily(type.asString(), family);
        }
        if (type.isArray()) {
            for (JsonNode element : type) {
                if (!element.isString() || matchesFamily(element.asString(), family)) {
                    return true;
                }
            }
            return false;
        }
        return true; // a malformed type is judged by the type rule; assume the worst here
    }

    private static boolean matchesFamily(String type, String family) {
        return type.equals(family) || (family.equals("number") && type.equals("integer"));
    }
}
