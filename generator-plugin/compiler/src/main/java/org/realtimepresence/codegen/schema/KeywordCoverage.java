// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Sorts every keyword of a schema, under the rules of the draft it declares, into what the generated
 * types express, what only the runtime validator checks, what the draft itself ignores (keywords
 * beside a {@code $ref} up to draft-07), and what belongs to no vocabulary of that draft, so that
 * nothing in a schema is ignored without a word.
 */
public final class KeywordCoverage {

    /** Identification and structure: they shape resolution, not instances. */
    private static final Set<String> CORE = Set.of(
            "$schema",
            "$id",
            "id",
            "$anchor",
            "$dynamicAnchor",
            "$recursiveAnchor",
            "$vocabulary",
            "$defs",
            "$ref",
            "$comment");

    /** Keywords the generated Java types and their Jackson annotations express. */
    private static final Set<String> EXPRESSED = Set.of(
            "type",
            "properties",
            "required",
            "enum",
            "additionalProperties",
            "items",
            "title",
            "description",
            "definitions",
            "default");

    /**
     * Keywords that keep their meaning beside a {@code $ref} in every draft: identification, and the
     * annotations the generator keeps (Javadoc from {@code title} and {@code description}, the initial
     * value from {@code default}).
     */
    private static final Set<String> KEPT_BESIDE_REF = Set.of(
            "$schema",
            "$id",
            "id",
            "$anchor",
            "$dynamicAnchor",
            "$recursiveAnchor",
            "$vocabulary",
            "$defs",
            "definitions",
            "$ref",
            "$comment",
            "title",
            "description",
            "default",
            "examples",
            "deprecated",
            "readOnly",
            "writeOnly");

    /** {@code format} values that become a Java type of their own. */
    private static final Set<String> TYPED_FORMATS = Set.of("date-time", "date", "uri", "uuid");

    private KeywordCoverage() {}

    /** A keyword that no vocabulary of the schema's draft defines, and where it is. */
    public record UnknownKeyword(String pointer, String keyword) {}

    /**
     * The outcome for one schema file.
     *
     * @param file the schema's relative path
     * @param draft the draft the schema was read under
     * @param expressed keywords (and typed formats) the generated types express
     * @param validatorOnly keywords only the runtime validator checks, with where they are
     * @param ignoredBesideRef keywords beside a {@code $ref} that the draft itself ignores, with where they are
     * @param unknown keywords outside the draft
     */
    public record Report(
            String file,
            Draft draft,
            Set<String> expressed,
            Set<String> validatorOnly,
            Set<String> ignoredBesideRef,
            List<UnknownKeyword> unknown) {

        /** The one log line for this schema. */
        public String summaryLine() {
            return "Schema " + file + ": types express " + list(expressed)
                    + "; left to the runtime validator " + list(validatorOnly)
                    + (ignoredBesideRef.isEmpty()
                            ? ""
                            : "; ignored beside $ref as " + draft.label() + " says " + list(ignoredBesideRef))
                    + "; unknown keywords " + (unknown.isEmpty() ? "[none]" : unknown.size())
                    + "; read as " + draft.label();
        }

        private static String list(Set<String> keywords) {
            return keywords.isEmpty() ? "[none]" : keywords.toString();
        }
    }

    /** Classifies every keyword in {@code schema} under the draft it declares. */
    public static Report of(SchemaFile schema) {
        Draft draft = Draft.declaredBy(schema.root()).orElse(Draft.DRAFT_04);
        Set<String> known = draft.keywords();
        Set<String> expressed = new TreeSet<>();
        Set<String> validatorOnly = new TreeSet<>();
        Set<String> ignored = new TreeSet<>();
        List<UnknownKeyword> unknown = new ArrayList<>();
        SchemaWalker.walk(schema.root(), (String pointer, JsonNode node, boolean typed) -> {
            boolean besideRef = node.has("$ref");
            for (String keyword : node.propertyNames()) {
                String at = keyword + " at #" + pointer;
                if (!known.contains(keyword)) {
                    unknown.add(new UnknownKeyword(JsonPointers.append(pointer, keyword), keyword));
                } else if (besideRef && !KEPT_BESIDE_REF.contains(keyword)) {
                    // The types follow the $ref alone; 2019-09 and later still apply the rest, older drafts do not.
                    if (draft.ignoresKeywordsBesideRef()) {
                        ignored.add(at);
                    } else {
                        validatorOnly.add(keyword + " beside $ref at #" + pointer);
                    }
                } else if (keyword.equals("format")) {
                    classifyFormat(node.get(keyword), pointer, expressed, validatorOnly);
                } else if (keyword.equals("const")) {
                    if (typed && constBecomesEnum(node)) {
                        expressed.add(keyword);
                    } else {
                        validatorOnly.add(at);
                    }
                } else if (keyword.equals("items") && node.get(keyword).isArray()) {
                    validatorOnly.add("items (array form) at #" + pointer);
                } else if (EXPRESSED.contains(keyword)) {
                    expressed.add(keyword);
                } else if (!CORE.contains(keyword)) {
                    validatorOnly.add(at);
                }
            }
        });
        return new Report(schema.relativePath(), draft, expressed, validatorOnly, ignored, List.copyOf(unknown));
    }

    /**
     * Whether the generator expresses this schema's {@code const} as a one-value enum: a string value,
     * no {@code enum} beside it, and no {@code type} or {@code type: string}. The generator's
     * {@code ConstAsEnumRule} decides the same on jsonschema2pojo's tree.
     */
    private static boolean constBecomesEnum(JsonNode node) {
        JsonNode type = node.get("type");
        return node.get("const").isString()
                && !node.has("enum")
                && (type == null || (type.isString() && type.asString().equals("string")));
    }

    private static void classifyFormat(
            JsonNode format, String pointer, Set<String> expressed, Set<String> validatorOnly) {
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
