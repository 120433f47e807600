// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema draft a schema declares with {@code $schema}, and the keywords each draft defines.
 * A schema without {@code $schema}, or with a meta-schema URI that names no draft, is read as draft
 * 2020-12, the plugin's own draft.
 */
public enum Draft {
    DRAFT_04("draft-04"),
    DRAFT_06("draft-06"),
    DRAFT_07("draft-07"),
    DRAFT_2019_09("draft 2019-09"),
    DRAFT_2020_12("draft 2020-12");

    /** Drafts whose {@code $ref} makes every keyword beside it ignored (RFC-era drafts up to 07). */
    private static final Set<Draft> REF_OVERRIDES_SIBLINGS = Set.of(DRAFT_04, DRAFT_06, DRAFT_07);

    private final String label;

    Draft(String label) {
        this.label = label;
    }

    /** How the draft is named in messages, for example "draft-07" or "draft 2020-12". */
    public String label() {
        return label;
    }

    /** Whether this draft ignores the keywords beside a {@code $ref} (draft-07 and older do). */
    public boolean ignoresKeywordsBesideRef() {
        return REF_OVERRIDES_SIBLINGS.contains(this);
    }

    /** Whether {@code items} may be an array of schemas, one per position (before 2020-12's {@code prefixItems}). */
    public boolean hasTupleItems() {
        return this != DRAFT_2020_12;
    }

    /**
     * The draft a schema declares.
     *
     * @return the draft, or empty when {@code $schema} names a draft older than 04, which
     *     {@link #olderDraftIn} names
     */
    public static Optional<Draft> declaredBy(JsonNode root) {
        String uri = metaSchema(root);
        if (uri.isEmpty()) {
            return Optional.of(DRAFT_2020_12);
        }
        if (olderDraftIn(root).isPresent()) {
            return Optional.empty();
        }
        for (Draft draft : values()) {
            if (uri.contains(draft.uriMarker())) {
                return Optional.of(draft);
            }
        }
        return Optional.of(DRAFT_2020_12);
    }

    /** The name of a draft older than 04 that {@code $schema} declares ({@code "draft-03"}, say), if it does. */
    public static Optional<String> olderDraftIn(JsonNode root) {
        String uri = metaSchema(root).toLowerCase(Locale.ROOT);
        for (String old : new String[] {"draft-00", "draft-01", "draft-02", "draft-03"}) {
            if (uri.contains("/" + old + "/")) {
                return Optional.of(old);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code $schema} is a URI that names none of the known drafts. */
    public static boolean isUnrecognized(JsonNode root) {
        String uri = metaSchema(root);
        if (uri.isEmpty() || olderDraftIn(root).isPresent()) {
            return false;
        }
        for (Draft draft : values()) {
            if (uri.contains(draft.uriMarker())) {
                return false;
            }
        }
        return true;
    }

    /** The {@code $schema} value, empty when absent or not a string. */
    public static String metaSchema(JsonNode root) {
        JsonNode schema = root.get("$schema");
        return schema != null && schema.isString() ? schema.asString() : "";
    }

    private String uriMarker() {
        return switch (this) {
            case DRAFT_04 -> "/draft-04/";
            case DRAFT_06 -> "/draft-06/";
            case DRAFT_07 -> "/draft-07/";
            case DRAFT_2019_09 -> "/draft/2019-09/";
            case DRAFT_2020_12 -> "/draft/2020-12/";
        };
    }

    /**
     * Every keyword this draft defines, across all its vocabularies. {@code $defs} is accepted in
     * every draft and {@code definitions} in 2019-09 and later too: references into either resolve by
     * JSON Pointer in all of them, and real schemas mix them freely.
     */
    public Set<String> keywords() {
        Set<String> keywords = new HashSet<>(Set.of(
                "$schema",
                "$ref",
                "$defs",
                "definitions",
                "title",
                "description",
                "default",
                "type",
                "enum",
                "properties",
                "patternProperties",
                "additionalProperties",
                "required",
                "items",
                "allOf",
                "anyOf",
                "oneOf",
                "not",
                "multipleOf",
                "maximum",
                "exclusiveMaximum",
                "minimum",
                "exclusiveMinimum",
                "maxLength",
                "minLength",
                "pattern",
                "maxItems",
                "minItems",
                "uniqueItems",
                "maxProperties",
                "minProperties",
                "format"));
        if (this == DRAFT_04) {
            keywords.add("id");
        } else {
            keywords.addAll(Set.of("$id", "const", "contains", "propertyNames", "examples"));
        }
        if (compareTo(DRAFT_07) >= 0) {
            keywords.addAll(Set.of(
                    "$comment", "if", "then", "else", "readOnly", "writeOnly", "contentEncoding", "contentMediaType"));
        }
        if (compareTo(DRAFT_07) <= 0) {
            keywords.addAll(Set.of("dependencies", "additionalItems"));
        } else {
            keywords.addAll(Set.of(
                    "$anchor",
                    "$vocabulary",
                    "dependentSchemas",
                    "dependentRequired",
                    "unevaluatedItems",
                    "unevaluatedProperties",
                    "maxContains",
                    "minContains",
                    "deprecated",
                    "contentSchema"));
        }
        if (this == DRAFT_2019_09) {
            keywords.addAll(Set.of("$recursiveRef", "$recursiveAnchor", "additionalItems"));
        }
        if (this == DRAFT_2020_12) {
            keywords.addAll(Set.of("$dynamicRef", "$dynamicAnchor", "prefixItems"));
        }
        return keywords;
    }
}
