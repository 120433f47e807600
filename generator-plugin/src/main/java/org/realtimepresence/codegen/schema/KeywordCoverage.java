package org.realtimepresence.codegen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Sorts every keyword of a schema into what the generated types express, what only the runtime
 * validator checks, and what belongs to no draft 2020-12 vocabulary, so that nothing in a schema is
 * ignored without a word.
 */
public final class KeywordCoverage {

    /** Identification and structure (core vocabulary): they shape resolution, not instances. */
    private static final Set<String> CORE = Set.of(
            "$schema", "$id", "$anchor", "$dynamicAnchor", "$vocabulary", "$defs", "$ref", "$dynamicRef", "$comment");

    /** Keywords the generated Java types and their Jackson annotations express. */
    private static final Set<String> EXPRESSED = Set.of(
            "type", "properties", "required", "enum", "additionalProperties", "items", "title", "description",
            "definitions", "default");

    /** {@code format} values that become a Java type of their own. */
    private static final Set<String> TYPED_FORMATS = Set.of("date-time", "date", "uri", "uuid");

    /** The rest of draft 2020-12: applicator, unevaluated, validation, meta-data, format, content. */
    private static final Set<String> VALIDATOR_ONLY = Set.of(
            "prefixItems", "contains", "patternProperties", "dependentSchemas", "propertyNames", "if", "then",
            "else", "allOf", "anyOf", "oneOf", "not", "unevaluatedItems", "unevaluatedProperties", "const",
            "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum", "maxLength", "minLength",
            "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
            "minProperties", "dependentRequired", "deprecated", "readOnly", "writeOnly", "examples", "format",
            "contentEncoding", "contentMediaType", "contentSchema");

    private KeywordCoverage() {
    }

    /** A keyword that no draft 2020-12 vocabulary defines, and where it is. */
    public record UnknownKeyword(String pointer, String keyword) {
    }

    /**
     * The outcome for one schema file.
     *
     * @param file the schema's relative path
     * @param expressed keywords (and typed formats) the generated types express
     * @param validatorOnly keywords only the runtime validator checks, with where they are
     * @param unknown keywords outside draft 2020-12
     */
    public record Report(String file, Set<String> expressed, Set<String> validatorOnly, List<UnknownKeyword> unknown) {

        /** The one log line for this schema. */
        public String summaryLine() {
            return "Schema " + file + ": types express " + list(expressed)
                    + "; left to the runtime validator " + list(validatorOnly)
                    + "; unknown keywords " + (unknown.isEmpty() ? "[none]" : unknown.size());
        }

        private static String list(Set<String> keywords) {
            return keywords.isEmpty() ? "[none]" : keywords.toString();
        }
    }

    /** Classifies every keyword in {@code schema}. */
    public static Report of(SchemaFile schema) {
        Set<String> expressed = new TreeSet<>();
        Set<String> validatorOnly = new TreeSet<>();
        List<UnknownKeyword> unknown = new ArrayList<>();
        SchemaWalker.walk(schema.root(), (pointer, node) -> {
            for (String keyword : node.propertyNames()) {
                if (keyword.equals("format")) {
                    classifyFormat(node.get(keyword), pointer, expressed, validatorOnly);
                } else if (EXPRESSED.contains(keyword)) {
                    expressed.add(keyword);
                } else if (VALIDATOR_ONLY.contains(keyword)) {
                    validatorOnly.add(keyword + " at #" + pointer);
                } else if (!CORE.contains(keyword)) {
                    unknown.add(new UnknownKeyword(JsonPointers.append(pointer, keyword), keyword));
                }
            }
        });
        return new Report(schema.relativePath(), expressed, validatorOnly, List.copyOf(unknown));
    }

    private static void classifyFormat(JsonNode format, String pointer, Set<String> expressed, Set<String> validatorOnly) {
        String value = format.asString("");
        if (TYPED_FORMATS.contains(value)) {
            // The Java type carries the format; the validator still asserts its exact syntax (RFC 3339 for dates).
            expressed.add("format:" + value);
            validatorOnly.add("format:" + value + " syntax");
        } else {
            validatorOnly.add("format:" + value + " at #" + pointer);
        }
    }
}
