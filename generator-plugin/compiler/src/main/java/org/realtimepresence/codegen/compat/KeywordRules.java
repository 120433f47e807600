// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.realtimepresence.codegen.schema.JsonPointers;
import tools.jackson.databind.JsonNode;

/**
 * The rules for keywords that constrain an instance on their own, without subschemas: each proves,
 * per direction, that the new value lets through everything the old one did.
 */
final class KeywordRules {

    private KeywordRules() {}

    static void compareType(Findings findings, JsonNode a, JsonNode b, String at) {
        if (Objects.equals(a.get("type"), b.get("type"))) {
            return;
        }
        String where = JsonPointers.append(at, "type");
        Findings.Both<Set<String>> both = findings.read(where, a, b, schema -> types(schema.get("type")));
        if (both == null) {
            return;
        }
        Set<String> oldTypes = both.before();
        Set<String> newTypes = both.after();
        findings.judge(
                where,
                null,
                a,
                b,
                typesContain(newTypes, oldTypes),
                typesContain(oldTypes, newTypes),
                "the type narrows from " + showTypes(oldTypes) + " to " + showTypes(newTypes)
                        + ", so new readers reject old values of the dropped types.",
                "the type widens from " + showTypes(oldTypes) + " to " + showTypes(newTypes)
                        + ", so old readers reject new values of the added types.",
                "the type is the same set of types, written differently.");
    }

    private static Set<String> types(JsonNode type) throws MalformedKeyword {
        if (type == null) {
            return null;
        }
        Set<String> types = new TreeSet<>();
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            for (JsonNode element : type) {
                if (!element.isString()) {
                    throw new MalformedKeyword("type must list type names, found " + element);
                }
                types.add(element.asString());
            }
        } else {
            throw new MalformedKeyword("type must be a type name or a list of them, found " + type);
        }
        return types;
    }

    /** Whether every value of a type in {@code narrower} has a type in {@code wider}; null is every type. */
    private static boolean typesContain(Set<String> wider, Set<String> narrower) {
        if (wider == null) {
            return true;
        }
        if (narrower == null) {
            return false;
        }
        for (String type : narrower) {
            if (!wider.contains(type) && !(type.equals("integer") && wider.contains("number"))) {
                return false;
            }
        }
        return true;
    }

    private static String showTypes(Set<String> types) {
        return types == null ? "any type" : String.join("|", types);
    }

    /** {@code enum} and {@code const} together: the set of values both allow, or null for any value. */
    static void compareValues(Findings findings, JsonNode a, JsonNode b, String at) {
        if (Objects.equals(a.get("enum"), b.get("enum")) && Objects.equals(a.get("const"), b.get("const"))) {
            return;
        }
        String keyword = b.has("enum") || (!b.has("const") && a.has("enum")) ? "enum" : "const";
        String where = JsonPointers.append(at, keyword);
        Findings.Both<List<JsonNode>> both = findings.read(where, a, b, KeywordRules::allowedValues);
        if (both == null) {
            return;
        }
        List<JsonNode> oldValues = both.before();
        List<JsonNode> newValues = both.after();
        List<JsonNode> dropped = missing(oldValues, newValues);
        List<JsonNode> added = missing(newValues, oldValues);
        findings.judge(
                where,
                null,
                a,
                b,
                newValues == null || (oldValues != null && dropped.isEmpty()),
                oldValues == null || (newValues != null && added.isEmpty()),
                oldValues == null
                        ? "the new schema restricts the value to " + newValues
                                + ", so new readers reject old records with any other value."
                        : "the values " + dropped + " are no longer allowed, so new readers reject old records"
                                + " carrying them.",
                newValues == null
                        ? "the restriction to " + oldValues + " is lifted, so old readers reject new records"
                                + " with any other value."
                        : "the values " + added + " are new, so old readers reject new records carrying them.",
                "the allowed values are the same, written differently.");
    }

    private static List<JsonNode> allowedValues(JsonNode schema) throws MalformedKeyword {
        JsonNode constant = schema.get("const");
        JsonNode enumeration = schema.get("enum");
        if (enumeration != null && !enumeration.isArray()) {
            throw new MalformedKeyword("enum must be an array, found " + enumeration);
        }
        List<JsonNode> values = new ArrayList<>();
        if (constant != null) {
            if (enumeration == null || contains(enumeration, constant)) {
                values.add(constant);
            }
            return values;
        }
        if (enumeration == null) {
            return null;
        }
        enumeration.forEach(values::add);
        return values;
    }

    /** The values of {@code from} that {@code to} lacks; empty when either stands for every value. */
    private static List<JsonNode> missing(List<JsonNode> from, List<JsonNode> to) {
        List<JsonNode> result = new ArrayList<>();
        if (from != null && to != null) {
            for (JsonNode value : from) {
                if (!to.contains(value)) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    private static boolean contains(JsonNode array, JsonNode value) {
        for (JsonNode element : array) {
            if (element.equals(value)) {
                return true;
            }
        }
        return false;
    }

    static void compareFormat(Findings findings, JsonNode a, JsonNode b, String at) {
        compareEqualOrAbsent(findings, a, b, at, "format", "string", "strings that are not a valid ");
    }

    static void comparePattern(Findings findings, JsonNode a, JsonNode b, String at) {
        compareEqualOrAbsent(findings, a, b, at, "pattern", "string", "strings that do not match the pattern ");
    }

    /** A keyword whose values the checker cannot order: only the same value, or none, is compatible. */
    private static void compareEqualOrAbsent(
            Findings findings, JsonNode a, JsonNode b, String at, String keyword, String family, String rejected) {
        JsonNode oldValue = a.get(keyword);
        JsonNode newValue = b.get(keyword);
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String where = JsonPointers.append(at, keyword);
        if ((oldValue != null && !oldValue.isString()) || (newValue != null && !newValue.isString())) {
            findings.undecidable(where, keyword + " must be a string.");
            return;
        }
        String change = oldValue == null
                ? keyword + " " + newValue + " is added"
                : newValue == null
                        ? keyword + " " + oldValue + " is removed"
                        : keyword + " changes from " + oldValue + " to " + newValue;
        findings.judge(
                where,
                family,
                a,
                b,
                newValue == null,
                oldValue == null,
                change + ", so new readers reject old " + rejected + newValue + ".",
                change + ", so old readers reject new " + rejected + oldValue + ".",
                "");
    }

    static void compareBounds(Findings findings, JsonNode a, JsonNode b, String at) {
        compareBound(findings, a, b, at, "minimum", "exclusiveMinimum", true, "number", "numbers");
        compareBound(findings, a, b, at, "maximum", "exclusiveMaximum", false, "number", "numbers");
        compareBound(findings, a, b, at, "minLength", null, true, "string", "string lengths");
        compareBound(findings, a, b, at, "maxLength", null, false, "string", "string lengths");
        compareBound(findings, a, b, at, "minItems", null, true, "array", "array sizes");
        compareBound(findings, a, b, at, "maxItems", null, false, "array", "array sizes");
        compareBound(findings, a, b, at, "minProperties", null, true, "object", "property counts");
        compareBound(findings, a, b, at, "maxProperties", null, false, "object", "property counts");
    }

    private static void compareBound(
            Findings findings,
            JsonNode a,
            JsonNode b,
            String at,
            String inclusive,
            String exclusive,
            boolean lower,
            String family,
            String what) {
        boolean changed = !Objects.equals(a.get(inclusive), b.get(inclusive))
                || (exclusive != null && !Objects.equals(a.get(exclusive), b.get(exclusive)));
        if (!changed) {
            return;
        }
        String keyword = exclusive == null || b.has(inclusive) || (!b.has(exclusive) && a.has(inclusive))
                ? inclusive
                : exclusive;
        String where = JsonPointers.append(at, keyword);
        Findings.Both<Bound> both = findings.read(
                where,
                a,
                b,
                schema -> exclusive == null
                        ? Bound.ofCount(schema, inclusive, lower)
                        : Bound.of(schema, inclusive, exclusive, lower));
        if (both == null) {
            return;
        }
        Bound oldBound = both.before();
        Bound newBound = both.after();
        boolean backward = lower ? Bound.lowerContains(newBound, oldBound) : Bound.upperContains(newBound, oldBound);
        boolean forward = lower ? Bound.lowerContains(oldBound, newBound) : Bound.upperContains(oldBound, newBound);
        String side = lower ? "lower" : "upper";
        String change = "the " + side + " bound on " + what + " goes from " + Bound.show(oldBound, lower) + " to "
                + Bound.show(newBound, lower);
        findings.judge(
                where,
                family,
                a,
                b,
                backward,
                forward,
                change + ", so new readers reject old values outside the new bound.",
                change + ", so old readers reject new values outside the old bound.",
                change + ", the same bound written differently.");
    }

    static void compareMultipleOf(Findings findings, JsonNode a, JsonNode b, String at) {
        JsonNode oldValue = a.get("multipleOf");
        JsonNode newValue = b.get("multipleOf");
        if (Objects.equals(oldValue, newValue)) {
            return;
        }
        String where = JsonPointers.append(at, "multipleOf");
        if ((oldValue != null && !positive(oldValue)) || (newValue != null && !positive(newValue))) {
            findings.undecidable(where, "multipleOf must be a number greater than zero.");
            return;
        }
        String change = "multipleOf goes from " + (oldValue == null ? "none" : oldValue) + " to "
                + (newValue == null ? "none" : newValue);
        findings.judge(
                where,
                "number",
                a,
                b,
                divides(newValue, oldValue),
                divides(oldValue, newValue),
                change + ", so new readers reject old numbers that are not multiples of " + newValue + ".",
                change + ", so old readers reject new numbers that are not multiples of " + oldValue + ".",
                change + ", the same constraint written differently.");
    }

    private static boolean positive(JsonNode value) {
        return value.isNumber() && value.decimalValue().signum() > 0;
    }

    /** Whether every multiple of {@code multiple} is a multiple of {@code divisor}; null means no constraint. */
    private static boolean divides(JsonNode divisor, JsonNode multiple) {
        if (divisor == null) {
            return true;
        }
        return multiple != null
                && multiple.decimalValue().remainder(divisor.decimalValue()).signum() == 0;
    }

    static void compareRequired(Findings findings, JsonNode a, JsonNode b, String at) {
        JsonNode oldRequired = a.get("required");
        JsonNode newRequired = b.get("required");
        if (Objects.equals(oldRequired, newRequired)) {
            return;
        }
        String where = JsonPointers.append(at, "required");
        Findings.Both<Set<String>> both = findings.read(where, a, b, schema -> names(schema.get("required")));
        if (both == null) {
            return;
        }
        Set<String> was = both.before();
        Set<String> is = both.after();
        Set<String> added = new TreeSet<>(is);
        added.removeAll(was);
        Set<String> dropped = new TreeSet<>(was);
        dropped.removeAll(is);
        findings.judge(
                where,
                "object",
                a,
                b,
                added.isEmpty(),
                dropped.isEmpty(),
                added + " become required, so new readers reject old records without them.",
                dropped + " are no longer required, so old readers reject new records without them.",
                "the same properties are required, listed differently.");
    }

    private static Set<String> names(JsonNode required) throws MalformedKeyword {
        Set<String> names = new TreeSet<>();
        if (required == null) {
            return names;
        }
        if (!required.isArray()) {
            throw new MalformedKeyword("required must be an array of names, found " + required);
        }
        for (JsonNode name : required) {
            if (!name.isString()) {
                throw new MalformedKeyword("required must list property names, found " + name);
            }
            names.add(name.asString());
        }
        return names;
    }
}
