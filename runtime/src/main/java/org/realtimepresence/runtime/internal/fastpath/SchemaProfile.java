// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import com.networknt.schema.regex.RegularExpressions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;

/**
 * What a schema needs, derived from the schema document itself under the draft it declares. The profile covers
 * {@code type}, {@code enum} and {@code const} of any JSON value, the formats of {@link StringFormat},
 * {@code minLength}/{@code maxLength}, {@code pattern} where it means the same in ECMA-262 and Java
 * ({@link EcmaRegex}), {@code minimum}/{@code maximum} and their exclusive forms (draft-04's booleans included),
 * {@code multipleOf}, {@code properties}, {@code required}, {@code additionalProperties} (boolean or a schema),
 * {@code minProperties}/{@code maxProperties}, {@code patternProperties} with portable patterns,
 * {@code items} as one schema, {@code minItems}/{@code maxItems}, {@code uniqueItems}, and local {@code $ref}s into
 * {@code $defs} or {@code definitions} (or anywhere else in the document), plus annotations and unknown keywords,
 * which assert nothing. It also covers the {@link Applicators}: {@code allOf}, {@code anyOf}, {@code oneOf},
 * {@code not}, {@code if}/{@code then}/{@code else} (draft-07 on), {@code dependentRequired} and
 * {@code dependentSchemas} (2019-09 on), {@code dependencies} (every draft, as networknt reads it) and
 * {@code propertyNames} (draft-06 on); the fast path decides them, but leaves a value that fails one to the full
 * evaluation, which reports networknt's messages for it.
 *
 * <p>A subschema that uses any other keyword (such as {@code contains}, a tuple {@code items}, another format,
 * assertions beside a {@code $ref} from 2019-09 on, an applicator before the draft that defines it) becomes an
 * <em>opaque</em> rule: a document with a value that reaches it is left to the full evaluation, and every other
 * document is still decided by the profile. Only a dialect networknt does not know, or an identifier that moves the
 * base of references, turns the fast path off for the whole schema.
 */
public final class SchemaProfile {

    private static final Set<String> ANNOTATIONS = Set.of(
            "title",
            "description",
            "$comment",
            "examples",
            "default",
            "deprecated",
            "readOnly",
            "writeOnly",
            "$defs",
            "definitions",
            "$anchor",
            "$dynamicAnchor",
            "$recursiveAnchor",
            "$vocabulary");
    /** Keywords networknt evaluates in some draft that the profile does not model. */
    private static final Set<String> OUTSIDE = Set.of(
            "contains",
            "minContains",
            "maxContains",
            "unevaluatedItems",
            "unevaluatedProperties",
            "prefixItems",
            "additionalItems",
            "$dynamicRef",
            "$recursiveRef",
            "contentEncoding",
            "contentMediaType",
            "contentSchema",
            "discriminator",
            "nullable",
            "extends",
            "disallow",
            "divisibleBy");

    private static final Map<String, Integer> TYPES = Map.of(
            "string",
            ValueRule.STRING,
            "object",
            ValueRule.OBJECT,
            "array",
            ValueRule.ARRAY,
            "boolean",
            ValueRule.BOOLEAN,
            "null",
            ValueRule.NULL,
            "integer",
            ValueRule.INTEGER,
            "number",
            ValueRule.NUMBER);

    /** Margin over the evaluation bound derived from the schema's size, for networknt's internal bookkeeping. */
    private static final int EVALUATION_MARGIN = 4;

    private final ValueRule root;
    private final String unsupported;
    private final List<String> fallbacks;
    private final int refChain;
    private final int schemaNodes;
    private final int schemaDepth;
    private final boolean applicators;

    private SchemaProfile(
            ValueRule root,
            String unsupported,
            List<String> fallbacks,
            int refChain,
            boolean applicators,
            JsonNode schema) {
        this.root = root;
        this.applicators = applicators;
        this.unsupported = unsupported;
        this.fallbacks = List.copyOf(fallbacks);
        this.refChain = refChain;
        this.schemaNodes = nodes(schema);
        this.schemaDepth = depth(schema);
    }

    /** The profile of a schema document, or one that says what keeps the fast path off. */
    public static SchemaProfile of(JsonNode schema) {
        try {
            Compiler compiler = new Compiler(schema);
            ValueRule root = compiler.compile(schema, "");
            return new SchemaProfile(
                    root, null, compiler.fallbacks, compiler.longestChain, compiler.anyApplicators, schema);
        } catch (Unsupported e) {
            return new SchemaProfile(null, e.getMessage(), List.of(), 0, false, schema);
        }
    }

    /**
     * Whether networknt's evaluation limits leave a wide margin over what the schema alone costs. Documents are
     * also counted as they are read ({@link ProfiledParser}), since arrays and references make the cost grow with
     * the document.
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

    /** Whether the schema has a fast path at all. */
    public boolean supported() {
        return root != null;
    }

    /** Whether every subschema that can apply to a document is profiled: no value ever falls back. */
    public boolean fullyProfiled() {
        return supported() && fallbacks.isEmpty();
    }

    /** Each opaque subschema, as "why at pointer"; empty when {@link #fullyProfiled()}. */
    public List<String> fallbacks() {
        return fallbacks;
    }

    /** Why the fast path is off for this schema, or null when it is supported. */
    public String unsupportedReason() {
        return unsupported;
    }

    ValueRule root() {
        return root;
    }

    /** Whether any rule of the profile {@linkplain ValueRule#hasApplicators() has applicators}. */
    boolean hasApplicators() {
        return applicators;
    }

    /** The longest chain of {@code $ref}s one value passes through: each costs networknt a step and a level. */
    int refChain() {
        return refChain;
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

    /** Compiles subschemas into rules, each once, so that recursive references end in a cycle of rules. */
    private static final class Compiler {

        private final JsonNode document;
        private final Draft draft;
        private final Map<String, ValueRule> rules = new HashMap<>();
        private final Set<String> resolving = new HashSet<>();
        private final List<String> fallbacks = new ArrayList<>();
        private int longestChain;
        private boolean anyApplicators;

        Compiler(JsonNode document) {
            this.document = document;
            JsonNode dialect = document.isObject() ? document.get("$schema") : null;
            if (dialect == null) {
                this.draft = Draft.DRAFT_2020_12;
            } else {
                Draft declared = dialect.isString() ? Draft.of(dialect.stringValue()) : null;
                if (declared == null) {
                    throw new Unsupported("/$schema", "a dialect networknt does not know");
                }
                this.draft = declared;
            }
        }

        ValueRule compile(JsonNode schema, String pointer) {
            ValueRule known = rules.get(pointer);
            if (known != null) {
                return known;
            }
            if (schema.isBoolean() && schema.booleanValue()) {
                return ValueRule.ANY;
            }
            if (schema.isObject() && schema.has("$ref")) {
                return reference(schema, pointer);
            }
            ValueRule rule = new ValueRule();
            rules.put(pointer, rule);
            try {
                if (!schema.isObject()) {
                    throw new Fallback(pointer, "a schema that is neither an object nor true");
                }
                fill(rule, schema, pointer);
            } catch (Fallback e) {
                rule.opaque = e.getMessage();
                fallbacks.add(e.getMessage());
            }
            return rule;
        }

        /** A {@code $ref} with nothing beside it that asserts (or before 2019-09) is the rule it points at. */
        private ValueRule reference(JsonNode schema, String pointer) {
            ValueRule rule;
            try {
                rule = target(schema, pointer);
            } catch (Fallback e) {
                rule = new ValueRule();
                rule.opaque = e.getMessage();
                fallbacks.add(e.getMessage());
            }
            rules.put(pointer, rule);
            return rule;
        }

        private ValueRule target(JsonNode schema, String pointer) {
            if (!draft.ignoresRefSiblings()) {
                for (String keyword : schema.propertyNames()) {
                    if (!keyword.equals("$ref") && asserts(keyword)) {
                        throw new Fallback(pointer + "/" + keyword, "a keyword beside $ref");
                    }
                }
            }
            JsonNode ref = schema.get("$ref");
            String at = pointer + "/$ref";
            if (!ref.isString() || !ref.stringValue().startsWith("#")) {
                throw new Fallback(at, "a reference to another document or an anchor");
            }
            String fragment = ref.stringValue().substring(1);
            if (!fragment.isEmpty() && (!fragment.startsWith("/") || fragment.indexOf('%') >= 0)) {
                throw new Fallback(at, "a reference that is not a plain JSON Pointer");
            }
            JsonNode node = document;
            StringBuilder path = new StringBuilder();
            for (String token :
                    fragment.isEmpty() ? new String[0] : fragment.substring(1).split("/", -1)) {
                String name = token.replace("~1", "/").replace("~0", "~");
                node = node.isArray() && name.matches("0|[1-9][0-9]{0,8}")
                        ? node.get(Integer.parseInt(name))
                        : node.get(name);
                path.append('/').append(token);
                if (node == null) {
                    throw new Fallback(at, "a reference to nothing");
                }
                if (node.isObject() && (identifier("$id", node.get("$id")) || identifier("id", node.get("id")))) {
                    throw new Fallback(at, "a reference into a subschema with its own identifier");
                }
            }
            String targetPointer = path.toString();
            if (!resolving.add(pointer)) {
                throw new Fallback(at, "a cycle of references");
            }
            try {
                longestChain = Math.max(longestChain, resolving.size());
                return compile(node, targetPointer);
            } finally {
                resolving.remove(pointer);
            }
        }

        /** An identifier that moves the base of the references below it. */
        private boolean identifier(String keyword, JsonNode value) {
            return value != null
                    && value.isString()
                    && (keyword.equals("$id") || (keyword.equals("id") && draft == Draft.DRAFT_4));
        }

        private boolean asserts(String keyword) {
            return !ANNOTATIONS.contains(keyword)
                    && !keyword.equals("$schema")
                    && !keyword.equals("$id")
                    && (OUTSIDE.contains(keyword) || PROFILED.contains(keyword));
        }

        private void fill(ValueRule rule, JsonNode schema, String pointer) {
            Map<String, ValueRule> properties = new LinkedHashMap<>();
            List<String> required = List.of();
            Boolean additional = null;
            ValueRule additionalRule = null;
            ValueRule items = null;
            boolean arrayRule = false;
            int minItems = -1;
            int maxItems = -1;
            boolean unique = false;
            int minProperties = -1;
            int maxProperties = -1;
            List<ObjectRule.PatternSlot> patterns = List.of();
            List<NumberBound> bounds = new ArrayList<>();
            ApplicatorsBuilder applicators = new ApplicatorsBuilder();
            for (String keyword : schema.propertyNames()) {
                JsonNode value = schema.get(keyword);
                String at = pointer + "/" + escape(keyword);
                switch (keyword) {
                    case "$schema" -> requireRoot(at, pointer);
                    case "type" -> {
                        rule.types = types(value, at);
                        rule.typeExpected = value.isString() ? value.stringValue() : names(value);
                    }
                    case "enum" -> enumeration(rule, value, at);
                    case "const" -> constant(rule, value, at);
                    case "format" -> {
                        rule.format = value.isString() ? StringFormat.named(value.stringValue()) : null;
                        if (rule.format == null) {
                            throw new Fallback(at, "a format the fast path does not check");
                        }
                    }
                    case "minLength" -> rule.minLength = count(value, at);
                    case "maxLength" -> rule.maxLength = count(value, at);
                    case "pattern" -> pattern(rule, value, at);
                    case "minimum", "maximum" -> bounds.add(bound(schema, keyword, value, at));
                    case "exclusiveMinimum", "exclusiveMaximum" -> {
                        if (draft.hasBooleanExclusiveBounds()) {
                            if (!value.isBoolean()) {
                                throw new Fallback(at, "a draft-04 exclusive bound that is not a boolean");
                            }
                        } else {
                            bounds.add(bound(schema, keyword, value, at));
                        }
                    }
                    case "multipleOf" -> multipleOf(rule, value, at);
                    case "properties" -> properties = properties(value, at);
                    case "required" -> required = List.copyOf(strings(value, at));
                    case "minProperties" -> minProperties = count(value, at);
                    case "patternProperties" -> patterns = patternProperties(value, at);
                    case "maxProperties" -> maxProperties = count(value, at);
                    case "additionalProperties" -> {
                        if (value.isBoolean()) {
                            additional = value.booleanValue();
                        } else {
                            additionalRule = compile(value, at);
                        }
                    }
                    case "items" -> {
                        if (value.isArray()) {
                            throw new Fallback(at, "'items' as an array (a tuple)");
                        }
                        items = compile(value, at);
                        arrayRule = true;
                    }
                    case "minItems" -> {
                        minItems = count(value, at);
                        arrayRule = true;
                    }
                    case "maxItems" -> {
                        maxItems = count(value, at);
                        arrayRule = true;
                    }
                    case "uniqueItems" -> {
                        if (!value.isBoolean()) {
                            throw new Fallback(at, "'uniqueItems' that is not a boolean");
                        }
                        unique = value.booleanValue();
                        arrayRule |= unique;
                    }
                    case "allOf" -> applicators.allOf = branches(value, at);
                    case "anyOf" -> applicators.anyOf = branches(value, at);
                    case "oneOf" -> applicators.oneOf = branches(value, at);
                    case "not" -> applicators.not = compile(value, at);
                    case "if" -> {
                        since(Draft.DRAFT_7, keyword, at);
                        applicators.condition = compile(value, at);
                        applicators.then = optional(schema, "then", pointer);
                        applicators.otherwise = optional(schema, "else", pointer);
                    }
                    case "then", "else" -> since(Draft.DRAFT_7, keyword, at); // read with 'if', else ignored
                    case "dependentRequired" -> {
                        since(Draft.DRAFT_2019_09, keyword, at);
                        dependencies(value, at, applicators, false);
                    }
                    case "dependentSchemas" -> {
                        since(Draft.DRAFT_2019_09, keyword, at);
                        dependencies(value, at, applicators, true);
                    }
                    case "dependencies" -> dependencies(value, at, applicators, null);
                    case "propertyNames" -> {
                        since(Draft.DRAFT_6, keyword, at);
                        applicators.propertyNames = compile(value, at);
                    }
                    default -> {
                        if (identifier(keyword, value) && !pointer.isEmpty()) {
                            throw new Fallback(at, "an identifier below the root");
                        }
                        if (OUTSIDE.contains(keyword)) {
                            throw new Fallback(at, "the keyword '" + keyword + "'");
                        }
                        // an annotation, or a keyword networknt does not know and only collects
                    }
                }
            }
            rule.bounds = List.copyOf(bounds);
            boolean integerType = hasType(schema, "integer");
            rule.integerSensitive = integerType && ((rule.types & ValueRule.NUMBER) == 0 || !bounds.isEmpty());
            boolean constrainsObjects = !properties.isEmpty()
                    || !required.isEmpty()
                    || additional != null
                    || additionalRule != null
                    || minProperties >= 0
                    || maxProperties >= 0
                    || !patterns.isEmpty();
            if (constrainsObjects) {
                rule.object = objectRule(
                        properties,
                        required,
                        Boolean.FALSE.equals(additional),
                        additionalRule,
                        pointer,
                        minProperties,
                        maxProperties,
                        patterns);
            }
            if (arrayRule) {
                rule.array = new ArrayRule(items == null ? ValueRule.ANY : items, minItems, maxItems, unique);
            }
            rule.applicators = applicators.build();
            anyApplicators |= rule.hasApplicators();
            rule.steps = 2 + schema.size();
            rule.depth = 2;
        }

        /** An applicator's array of subschemas; an empty one networknt reads as holding, oddly, so it falls back. */
        private List<ValueRule> branches(JsonNode value, String at) {
            if (!value.isArray() || value.isEmpty()) {
                throw new Fallback(at, "an applicator that is not a non-empty array of schemas");
            }
            List<ValueRule> branches = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                branches.add(compile(value.get(i), at + "/" + i));
            }
            return branches;
        }

        /** {@code then} or {@code else} beside an {@code if}, or null without it. */
        private ValueRule optional(JsonNode schema, String keyword, String pointer) {
            JsonNode value = schema.get(keyword);
            return value == null ? null : compile(value, pointer + "/" + keyword);
        }

        /** A keyword networknt evaluates only from {@code first} on; before, it is left to the full evaluation. */
        private void since(Draft first, String keyword, String at) {
            if (draft.compareTo(first) < 0) {
                throw new Fallback(at, "the keyword '" + keyword + "' before its draft");
            }
        }

        /**
         * {@code dependentRequired} ({@code schemas} false), {@code dependentSchemas} (true) or draft-07's
         * {@code dependencies} (null: an array names required properties, an object or boolean is a schema, and
         * networknt ignores anything else).
         */
        private void dependencies(JsonNode value, String at, ApplicatorsBuilder applicators, Boolean schemas) {
            if (!value.isObject()) {
                throw new Fallback(at, "'" + at.substring(at.lastIndexOf('/') + 1) + "' that is not an object");
            }
            applicators.present = true;
            for (String name : value.propertyNames()) {
                JsonNode dependency = value.get(name);
                String where = at + "/" + escape(name);
                if (dependency.isArray() && !Boolean.TRUE.equals(schemas)) {
                    applicators
                            .dependentRequired
                            .computeIfAbsent(name, key -> new ArrayList<>())
                            .addAll(strings(dependency, where));
                } else if ((dependency.isObject() || dependency.isBoolean()) && !Boolean.FALSE.equals(schemas)) {
                    applicators
                            .dependentSchemas
                            .computeIfAbsent(name, key -> new ArrayList<>())
                            .add(compile(dependency, where));
                } else if (schemas != null) {
                    throw new Fallback(where, "a dependency networknt does not read");
                }
            }
        }

        private void requireRoot(String at, String pointer) {
            if (!pointer.isEmpty()) {
                throw new Fallback(at, "a dialect declared below the root");
            }
        }

        private static boolean hasType(JsonNode schema, String type) {
            JsonNode types = schema.get("type");
            if (types == null) {
                return false;
            }
            if (types.isString()) {
                return type.equals(types.stringValue());
            }
            for (JsonNode member : types) {
                if (member.isString() && type.equals(member.stringValue())) {
                    return true;
                }
            }
            return false;
        }

        /** A bound as networknt's {@code MinimumValidator} and its siblings read it. */
        private NumberBound bound(JsonNode schema, String keyword, JsonNode value, String at) {
            if (!value.isNumber() || (value.isDouble() && !Double.isFinite(value.doubleValue())) || value.isFloat()) {
                throw new Fallback(at, "a bound that is not a finite number");
            }
            boolean lower = keyword.endsWith("inimum");
            boolean exclusive;
            if (keyword.startsWith("exclusive")) {
                exclusive = true;
            } else {
                // networknt reads a boolean exclusive form beside minimum/maximum in every draft
                JsonNode flag = schema.get(lower ? "exclusiveMinimum" : "exclusiveMaximum");
                exclusive = flag != null && flag.isBoolean() && flag.booleanValue();
            }
            String text;
            BigDecimal threshold;
            if ((value.isLong() || value.isInt()) && hasType(schema, "integer")) {
                text = String.valueOf(value.asLong());
                threshold = BigDecimal.valueOf(value.asLong());
            } else {
                text = value.asString();
                threshold = new BigDecimal(text);
            }
            String template =
                    switch (keyword) {
                        case "minimum" -> Messages.MINIMUM;
                        case "maximum" -> Messages.MAXIMUM;
                        case "exclusiveMinimum" -> Messages.EXCLUSIVE_MINIMUM;
                        default -> Messages.EXCLUSIVE_MAXIMUM;
                    };
            return new NumberBound(keyword, threshold, lower, exclusive, Messages.format(template, text));
        }

        /** networknt's {@code MultipleOfValidator}: the divisor from the schema's double, trailing zeros stripped. */
        private static void multipleOf(ValueRule rule, JsonNode value, String at) {
            if (!value.isNumber() || value.isBigDecimal()) {
                throw new Fallback(at, "a 'multipleOf' that is not a plain number");
            }
            double divisor = value.doubleValue();
            if (divisor == 0 || !Double.isFinite(divisor)) {
                throw new Fallback(at, "a 'multipleOf' networknt ignores");
            }
            if (value.isIntegralNumber() && value.bigIntegerValue().bitLength() > 53) {
                // networknt takes an integral divisor exactly; past 2^53 its double is another number
                throw new Fallback(at, "a 'multipleOf' beyond 2^53");
            }
            rule.multipleOf = BigDecimal.valueOf(divisor).stripTrailingZeros();
            rule.multipleOfMessage = Messages.format(Messages.MULTIPLE_OF, rule.multipleOf.toString());
        }

        /** As networknt's JDK regular expressions compile it; {@code find} is then its match. */
        private static Pattern compilePattern(String regex, String at) {
            try {
                return Pattern.compile(RegularExpressions.replaceLongformCharacterProperties(
                        RegularExpressions.replaceDollarAnchors(regex)));
            } catch (PatternSyntaxException e) {
                throw new Fallback(at, "a pattern Java does not compile");
            }
        }

        private static void pattern(ValueRule rule, JsonNode value, String at) {
            if (!value.isString() || !EcmaRegex.portable(value.stringValue())) {
                throw new Fallback(at, "a pattern that may not mean the same in ECMA-262 and Java");
            }
            String regex = value.stringValue();
            rule.pattern = compilePattern(regex, at);
            rule.patternMessage = Messages.format(Messages.PATTERN, regex);
        }

        private static void enumeration(ValueRule rule, JsonNode value, String at) {
            if (!value.isArray()) {
                throw new Fallback(at, "an 'enum' that is not an array");
            }
            Set<Object> keys = new HashSet<>();
            List<String> members = new ArrayList<>();
            for (JsonNode member : value) {
                Object key = Scalars.key(member);
                if (key == null && !member.isContainer()) {
                    throw new Fallback(at, "an 'enum' member networknt holds as a non-finite number");
                }
                if (key == null) {
                    rule.enumHasContainers = true;
                } else {
                    keys.add(key);
                }
                members.add(member.isContainer() || member.isString() ? Messages.json(member) : member.asString());
            }
            rule.enumKeys = keys;
            rule.enumMessage = Messages.format(Messages.ENUM, "[" + String.join(", ", members) + "]");
        }

        private void constant(ValueRule rule, JsonNode value, String at) {
            if (draft == Draft.DRAFT_4) {
                return; // not a draft-04 keyword: networknt only collects it
            }
            Object key = Scalars.key(value);
            if (key == null && !value.isContainer()) {
                throw new Fallback(at, "a 'const' networknt holds as a non-finite number");
            }
            rule.hasConst = true;
            rule.constKey = key;
            rule.constIsContainer = key == null;
            // asString(default) would build the default, Jackson's text, even for a scalar.
            rule.constMessage = Messages.format(
                    Messages.CONST, value.isContainer() || value.isNull() ? Messages.json(value) : value.asString());
        }

        private static int count(JsonNode value, String at) {
            if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
                throw new Fallback(at, "a count that is not a non-negative integer");
            }
            return value.intValue();
        }

        private ObjectRule objectRule(
                Map<String, ValueRule> properties,
                List<String> required,
                boolean closed,
                ValueRule additional,
                String pointer,
                int minProperties,
                int maxProperties,
                List<ObjectRule.PatternSlot> patterns) {
            Set<String> names = new LinkedHashSet<>(properties.keySet());
            names.addAll(required);
            if (names.size() > ObjectRule.MAX_NAMES) {
                throw new Fallback(pointer, "more than " + ObjectRule.MAX_NAMES + " property names in one object");
            }
            Map<String, ObjectRule.Slot> slots = new LinkedHashMap<>();
            long requiredBits = 0;
            for (String name : names) {
                long bit = 1L << slots.size();
                slots.put(
                        name,
                        new ObjectRule.Slot(
                                properties.getOrDefault(name, ValueRule.ANY), bit, properties.containsKey(name)));
                if (required.contains(name)) {
                    requiredBits |= bit;
                }
            }
            return new ObjectRule(
                    slots,
                    List.copyOf(names),
                    requiredBits,
                    closed,
                    additional,
                    minProperties,
                    maxProperties,
                    patterns);
        }

        /** {@code patternProperties} with portable regular expressions, compiled as networknt compiles them. */
        private List<ObjectRule.PatternSlot> patternProperties(JsonNode value, String at) {
            if (!value.isObject()) {
                throw new Fallback(at, "'patternProperties' that is not an object");
            }
            List<ObjectRule.PatternSlot> patterns = new ArrayList<>();
            for (String regex : value.propertyNames()) {
                String where = at + "/" + escape(regex);
                if (!EcmaRegex.portable(regex)) {
                    throw new Fallback(where, "a pattern that may not mean the same in ECMA-262 and Java");
                }
                patterns.add(
                        new ObjectRule.PatternSlot(compilePattern(regex, where), compile(value.get(regex), where)));
            }
            return patterns;
        }

        private Map<String, ValueRule> properties(JsonNode value, String at) {
            if (!value.isObject()) {
                throw new Fallback(at, "'properties' that is not an object");
            }
            Map<String, ValueRule> properties = new LinkedHashMap<>();
            for (String name : value.propertyNames()) {
                properties.put(name, compile(value.get(name), at + "/" + escape(name)));
            }
            return properties;
        }

        private static int types(JsonNode value, String at) {
            Set<String> names = value.isString() ? Set.of(value.stringValue()) : strings(value, at);
            int bits = 0;
            for (String name : names) {
                Integer bit = TYPES.get(name);
                if (bit == null) {
                    throw new Fallback(at, "the type '" + name + "'");
                }
                bits |= bit;
            }
            return bits;
        }

        private static Set<String> strings(JsonNode value, String at) {
            if (!value.isArray()) {
                throw new Fallback(at, "a value that is not an array of strings");
            }
            Set<String> strings = new LinkedHashSet<>();
            for (JsonNode member : value) {
                if (!member.isString()) {
                    throw new Fallback(at, "a member that is not a string");
                }
                strings.add(member.stringValue());
            }
            return strings;
        }

        /** A list of type names as networknt prints it: {@code [string, null]}. */
        private static String names(JsonNode types) {
            List<String> names = new ArrayList<>();
            types.forEach(type -> names.add(type.asString()));
            return "[" + String.join(", ", names) + "]";
        }
    }

    /** The applicators of one subschema while it is compiled. */
    private static final class ApplicatorsBuilder {
        List<ValueRule> allOf = List.of();
        List<ValueRule> anyOf = List.of();
        List<ValueRule> oneOf = List.of();
        ValueRule not;
        ValueRule condition;
        ValueRule then;
        ValueRule otherwise;
        final Map<String, List<String>> dependentRequired = new LinkedHashMap<>();
        final Map<String, List<ValueRule>> dependentSchemas = new LinkedHashMap<>();
        ValueRule propertyNames;
        /** Whether a dependency keyword is present, even an empty one. */
        boolean present;

        /** The applicators, or null when the subschema has none. */
        Applicators build() {
            if (!present
                    && allOf.isEmpty()
                    && anyOf.isEmpty()
                    && oneOf.isEmpty()
                    && not == null
                    && condition == null
                    && propertyNames == null) {
                return null;
            }
            return new Applicators(
                    allOf,
                    anyOf,
                    oneOf,
                    not,
                    condition,
                    then,
                    otherwise,
                    dependentRequired,
                    dependentSchemas,
                    propertyNames);
        }
    }

    /** Every keyword the profile models. */
    private static final Set<String> PROFILED = Set.of(
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
            "properties",
            "required",
            "additionalProperties",
            "items",
            "minItems",
            "maxItems",
            "uniqueItems",
            "$ref",
            "allOf",
            "anyOf",
            "oneOf",
            "not",
            "if",
            "then",
            "else",
            "dependentSchemas",
            "dependentRequired",
            "dependencies",
            "propertyNames");

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** A subschema outside the subset: it becomes an opaque rule. */
    private static final class Fallback extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Fallback(String pointer, String what) {
            super(what + " at " + (pointer.isEmpty() ? "the root" : pointer));
        }
    }

    /** A schema the fast path cannot profile at all. */
    private static final class Unsupported extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unsupported(String pointer, String what) {
            super("Fast path off: " + what + " at " + (pointer.isEmpty() ? "the root" : pointer));
        }
    }
}
