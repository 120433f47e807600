// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.json.ExactJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.util.TokenBuffer;

/**
 * Checks every token against a {@link ValueRule} as it streams past, so binding and checking share one parse.
 * Every way of advancing is routed through {@link #nextToken}, so no token reaches data binding unchecked.
 *
 * <p>Without a violation list it proves or declines: the first token the rules do not allow throws
 * {@link Undecided}. With one, it reports each violation of a profiled keyword exactly as networknt would
 * (pointer, keyword, English message) and reads on; it still throws {@link Undecided} for anything it cannot
 * report (a value that reaches an opaque rule among them), and {@link #uncertain()} says when a value was valid
 * for networknt but not proven here.
 *
 * <p>A value whose rule has {@link Applicators} is also copied into a {@link TokenBuffer} as it streams past, by the
 * {@link Composing} subclass (a profile without applicators reads through this class alone, at its old cost), and
 * once it is complete each branch is checked by a parser of its own over the copy, in reporting mode, which tells
 * "valid", "invalid" and "cannot say" apart. Applicators that hold let the value through; any that fails or cannot
 * be decided throws {@link Undecided}, in both modes: the fast path never words an applicator's violation.
 *
 * <p>It counts what networknt's evaluation of the document would cost, at most, and declines before that could
 * reach networknt's limits, so a verdict never differs by a limit; the steps and nesting of every branch count too,
 * and a branch that comes near a limit declines the whole document. It detects repeated names itself, in every
 * object, so the parser under it need not.
 */
sealed class ProfiledParser extends JsonParserDelegate implements ValueRule.Violations {

    private static final int INITIAL_DEPTH = 4;

    private final List<Violation> violations;
    /** Whether the input may hold a lone surrogate at all (see {@link FastPath}); most documents cannot. */
    private final boolean surrogates;

    private final long maxSteps;
    private final int maxDepth;
    private final int refChain;
    /** networknt's nesting where this parser's root value is evaluated: 0 for a document, more for a branch. */
    private final int baseDepth;
    /** Per open container a rule looks into: its rule and what was seen in it. */
    private Frame[] frames = new Frame[INITIAL_DEPTH];

    private final SeenNames names = new SeenNames();
    private int top = -1;
    /** The rule for the next value in an object, or null while a property name or the end of an object is due. */
    private ValueRule expected;
    /** Open containers inside a value no rule looks into. */
    private int freeDepth;

    private boolean rootSeen;
    private boolean uncertain;
    private boolean bindingRisk;
    private long steps;
    /** Whether a count reached networknt's limits: a branch that stops there must decline the whole document. */
    private boolean limited;
    /** The values under applicators whose tokens are being buffered, innermost last; null while there are none. */
    private List<Recording> recordings;

    /** An open object or array and what its rule has seen so far. */
    private static final class Frame {
        ValueRule rule;
        boolean array;
        long seen;
        int count;
        Set<Object> unique;
        int duplicates;
        int depth;
    }

    /**
     * A parser for a document: a {@link Composing} one when the profile has applicators, so that a profile without
     * them reads each token exactly as before they were profiled.
     */
    static ProfiledParser of(
            JsonParser parser,
            SchemaProfile profile,
            long maxSteps,
            int maxDepth,
            boolean surrogates,
            List<Violation> violations) {
        return profile.hasApplicators()
                ? new Composing(
                        parser, profile.root(), profile.refChain(), maxSteps, maxDepth, 0, 0, surrogates, violations)
                : new ProfiledParser(
                        parser, profile.root(), profile.refChain(), maxSteps, maxDepth, 0, 0, surrogates, violations);
    }

    /** A parser that checks {@code root} from a nesting and a step count already reached (a branch). */
    private ProfiledParser(
            JsonParser parser,
            ValueRule root,
            int refChain,
            long maxSteps,
            int maxDepth,
            int baseDepth,
            long steps,
            boolean surrogates,
            List<Violation> violations) {
        super(parser);
        this.surrogates = surrogates;
        this.expected = root;
        this.refChain = refChain;
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
        this.baseDepth = baseDepth;
        this.steps = steps;
        this.violations = violations;
    }

    /** Whether exactly one root value was read and every rule on it held or was reported. */
    boolean complete() {
        return rootSeen && top < 0 && freeDepth == 0 && expected == null;
    }

    /** Whether a value passed networknt's check without being proven here (reporting mode only). */
    boolean uncertain() {
        return uncertain;
    }

    /**
     * Whether a value was checked that a typed field might still refuse to bind (a number, a {@code uuid}): a
     * verdict of "valid" then also needs the value bound, unless the target type takes any JSON.
     */
    boolean bindingRisk() {
        return bindingRisk;
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if (surrogates && loneSurrogate(token)) {
            throw Undecided.INSTANCE; // the full path refuses it, with the place
        }
        if (freeDepth > 0) {
            skipped(token);
        } else if (token == JsonToken.PROPERTY_NAME) {
            name();
        } else if (token == JsonToken.END_OBJECT) {
            endObject();
        } else if (token == JsonToken.END_ARRAY) {
            endArray();
        } else {
            value(token);
        }
        return token;
    }

    /** A name is checked in its String, which the parser has made anyway; a value in the parser's buffer. */
    private boolean loneSurrogate(JsonToken token) {
        if (token == JsonToken.PROPERTY_NAME) {
            String name = delegate.currentName();
            return ExactJson.hasLoneSurrogate(name.toCharArray(), 0, name.length());
        }
        return token == JsonToken.VALUE_STRING
                && ExactJson.hasLoneSurrogate(
                        delegate.getStringCharacters(), delegate.getStringOffset(), delegate.getStringLength());
    }

    @Override
    public JsonToken nextValue() {
        JsonToken token = nextToken();
        return token == JsonToken.PROPERTY_NAME ? nextToken() : token;
    }

    @Override
    public String nextName() {
        return nextToken() == JsonToken.PROPERTY_NAME ? delegate.currentName() : null;
    }

    @Override
    public boolean nextName(SerializableString name) {
        return nextToken() == JsonToken.PROPERTY_NAME && name.getValue().equals(delegate.currentName());
    }

    @Override
    public int nextNameMatch(PropertyNameMatcher matcher) {
        JsonToken token = nextToken();
        if (token == JsonToken.PROPERTY_NAME) {
            return matcher.matchName(delegate.currentName());
        }
        return token == JsonToken.END_OBJECT
                ? PropertyNameMatcher.MATCH_END_OBJECT
                : PropertyNameMatcher.MATCH_ODD_TOKEN;
    }

    @Override
    public JsonParser skipChildren() {
        JsonToken token = delegate.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return this;
        }
        for (int open = 1; open > 0; ) {
            JsonToken next = nextToken();
            if (next == null) {
                return this;
            }
            open += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
        }
        return this;
    }

    private void skipped(JsonToken token) {
        switch (token) {
            case START_OBJECT -> {
                freeDepth++;
                names.open();
            }
            case START_ARRAY -> freeDepth++;
            case END_OBJECT -> {
                freeDepth--;
                names.close();
            }
            case END_ARRAY -> freeDepth--;
            case PROPERTY_NAME -> unique(delegate.currentName());
            default -> materialise(token);
        }
    }

    private void name() {
        String name = delegate.currentName();
        Frame frame = frames[top];
        ObjectRule rule = frame.rule.object;
        ObjectRule.Slot slot = rule.slots().get(name);
        frame.count++;
        ValueRule next = rule.ruleFor(name, slot != null && slot.declared() ? slot.rule() : null);
        if (next == null) {
            throw Undecided.INSTANCE; // more than one rule for one value: the full path combines them
        }
        if (next == ObjectRule.UNMATCHED) {
            if (rule.closed()) {
                report("additionalProperties", Messages.format(Messages.ADDITIONAL_PROPERTIES, name));
            }
            next = rule.additional() != null ? rule.additional() : ValueRule.ANY;
        }
        if (slot == null) {
            unique(name);
        } else {
            if ((frame.seen & slot.bit()) != 0) {
                throw Undecided.INSTANCE; // a repeated name: a syntax error the full path reports
            }
            frame.seen |= slot.bit();
        }
        expected = next;
    }

    private void endObject() {
        if (top < 0 || expected != null || frames[top].array) {
            throw Undecided.INSTANCE;
        }
        Frame frame = frames[top];
        ObjectRule rule = frame.rule.object;
        long missing = rule.required() & ~frame.seen;
        if (missing != 0) {
            if (violations == null) {
                throw Undecided.INSTANCE;
            }
            // The object has closed, so the parser's context is now where the object itself sits.
            String pointer = pointer();
            for (int bit = 0; bit < ObjectRule.MAX_NAMES; bit++) {
                if ((missing & (1L << bit)) != 0) {
                    violations.add(new Violation(
                            pointer,
                            "required",
                            Messages.format(Messages.REQUIRED, rule.names().get(bit))));
                }
            }
        }
        if (rule.minProperties() >= 0 && frame.count < rule.minProperties()) {
            report("minProperties", Messages.format(Messages.MIN_PROPERTIES, rule.minProperties()));
        }
        if (rule.maxProperties() >= 0 && frame.count > rule.maxProperties()) {
            report("maxProperties", Messages.format(Messages.MAX_PROPERTIES, rule.maxProperties()));
        }
        names.close();
        top--;
    }

    private void endArray() {
        if (top < 0 || !frames[top].array) {
            throw Undecided.INSTANCE;
        }
        Frame frame = frames[top];
        ArrayRule rule = frame.rule.array;
        // The array has closed, so the parser's context is now where the array itself sits.
        if (rule.minItems() >= 0 && frame.count < rule.minItems()) {
            report("minItems", Messages.format(Messages.MIN_ITEMS, rule.minItems(), frame.count));
        }
        if (rule.maxItems() >= 0 && frame.count > rule.maxItems()) {
            report("maxItems", Messages.format(Messages.MAX_ITEMS, rule.maxItems(), frame.count));
        }
        for (int i = 0; i < frame.duplicates; i++) {
            report("uniqueItems", Messages.UNIQUE_ITEMS);
        }
        top--;
    }

    private void value(JsonToken token) {
        ValueRule rule;
        if (top >= 0 && frames[top].array) {
            Frame frame = frames[top];
            rule = frame.rule.array.items();
            frame.count++;
            if (frame.rule.array.unique()) {
                if (!frame.unique.add(key(token))) {
                    frame.duplicates++;
                }
            }
        } else {
            rule = expected;
            expected = null;
            if (rule == null || (top < 0 && rootSeen)) {
                throw Undecided.INSTANCE;
            }
        }
        rootSeen = true;
        if (rule.opaque != null) {
            throw Undecided.INSTANCE; // a subschema outside the profile applies to this value
        }
        steps += rule.steps + 2L * refChain;
        if (2 * steps > maxSteps) {
            limited = true;
            throw Undecided.INSTANCE; // networknt might stop at its step limit: let it say so
        }
        check(rule, token);
        if (rule.applicators != null) {
            applicators(rule, token);
        }
        if (token == JsonToken.START_OBJECT && rule.object != null) {
            push(rule, false);
        } else if (token == JsonToken.START_ARRAY && rule.array != null) {
            push(rule, true);
        } else if (token == JsonToken.START_OBJECT) {
            freeDepth = 1;
            names.open();
        } else if (token == JsonToken.START_ARRAY) {
            freeDepth = 1;
        } else {
            materialise(token);
        }
    }

    /** Every profiled keyword of the rule, each evaluated on its own, as networknt does. */
    @SuppressWarnings("ReferenceEquality") // ANY is a sentinel: only that instance means "no demands"
    private void check(ValueRule rule, JsonToken token) {
        if (rule == ValueRule.ANY) {
            return;
        }
        int kind = ValueRule.kind(token);
        if (kind == ValueRule.NUMBER && rule.integerSensitive) {
            throw Undecided.INSTANCE; // networknt reads a decimal as an integer here; the full path decides
        }
        if (!rule.allows(kind)) {
            report("type", Messages.format(Messages.TYPE, ValueRule.typeName(token), rule.typeExpected));
        }
        boolean container = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY;
        if (rule.enumKeys != null) {
            if (container && rule.enumHasContainers) {
                throw Undecided.INSTANCE;
            }
            if (container || !rule.enumKeys.contains(key(token))) {
                report("enum", rule.enumMessage);
            }
        }
        if (rule.hasConst) {
            if (container && rule.constIsContainer) {
                throw Undecided.INSTANCE;
            }
            if (container || rule.constIsContainer || !rule.constKey.equals(key(token))) {
                report("const", rule.constMessage);
            }
        }
        if (token == JsonToken.VALUE_STRING && rule.checksText()) {
            checkString(rule, delegate.getString());
        } else if (kind == ValueRule.INTEGER || kind == ValueRule.NUMBER) {
            checkNumber(rule, token);
        }
    }

    private void checkString(ValueRule rule, String text) {
        StringFormat format = rule.format;
        if (format != null && !format.proves(text)) {
            if (violations == null) {
                throw Undecided.INSTANCE;
            }
            if (format.refuses(text)) {
                report("format", format.message());
            } else {
                uncertain = true;
            }
        }
        if (format != null && format.bindingRisk()) {
            bindingRisk = true;
        }
        if (!rule.checkLengthsAndPattern(text, this)) {
            throw Undecided.INSTANCE;
        }
    }

    @Override
    public void violated(String keyword, String message) {
        report(keyword, message);
    }

    private void checkNumber(ValueRule rule, JsonToken token) {
        bindingRisk = true;
        if (rule.bounds.isEmpty() && rule.multipleOf == null) {
            return;
        }
        BigDecimal value = decimal(token);
        for (NumberBound bound : rule.bounds) {
            if (bound.crossedBy(value)) {
                report(bound.keyword(), bound.message());
            }
        }
        // networknt divides the exact value of an integer and of a decimal read as BigDecimal
        if (rule.multipleOf != null) {
            if (value.divideAndRemainder(rule.multipleOf)[1].signum() != 0) {
                report("multipleOf", rule.multipleOfMessage);
            }
        }
    }

    /** The exact value of a number token, as the full path's tree holds it. */
    private BigDecimal decimal(JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            return delegate.getDecimalValue();
        }
        return delegate.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                ? new BigDecimal(delegate.getBigIntegerValue())
                : BigDecimal.valueOf(delegate.getLongValue());
    }

    /** The comparison key of a scalar token ({@link Scalars}); containers are left to the full evaluation. */
    private Object key(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> delegate.getString();
            case VALUE_TRUE -> true;
            case VALUE_FALSE -> false;
            case VALUE_NULL -> Scalars.NULL;
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Scalars.number(decimal(token));
            default -> throw Undecided.INSTANCE;
        };
    }

    private void report(String keyword, String message) {
        if (violations == null || message == null) {
            throw Undecided.INSTANCE;
        }
        violations.add(new Violation(pointer(), keyword, message));
    }

    /** The JSON Pointer of the current value, or of the current name's value while at a name. */
    private String pointer() {
        return delegate.streamReadContext().pathAsPointer().toString();
    }

    private void push(ValueRule rule, boolean array) {
        int depth = (top < 0 ? baseDepth : frames[top].depth) + rule.depth + refChain;
        if (2 * depth > maxDepth) {
            limited = true;
            throw Undecided.INSTANCE; // networknt might stop at its depth limit: let it say so
        }
        if (++top == frames.length) {
            frames = Arrays.copyOf(frames, top * 2);
        }
        Frame frame = frames[top];
        if (frame == null) {
            frame = new Frame();
            frames[top] = frame;
        }
        frame.rule = rule;
        frame.array = array;
        frame.seen = 0;
        frame.count = 0;
        frame.duplicates = 0;
        frame.depth = depth;
        if (array) {
            if (rule.array.unique()) {
                frame.unique = new HashSet<>();
            }
        } else {
            names.open();
        }
    }

    /**
     * Starts deciding a value's applicators: a scalar at once, a container once its last token has passed (each
     * branch needs the whole value, so its tokens are buffered meanwhile). A value of another kind than an object
     * meets applicators that look at objects only without being buffered.
     */
    private void applicators(ValueRule rule, JsonToken token) {
        if (rule.applicators.objectsOnly() && token != JsonToken.START_OBJECT) {
            return;
        }
        if (!(this instanceof Composing)) {
            throw Undecided.INSTANCE; // not reached: a profile with applicators reads through Composing
        }
        int depth = top < 0 ? baseDepth : frames[top].depth;
        TokenBuffer buffer = TokenBuffer.forGeneration();
        if (token.isStructStart()) {
            if (recordings == null) {
                recordings = new ArrayList<>(2);
            }
            recordings.add(new Recording(rule, buffer, depth)); // Composing copies this token in, and the rest
        } else {
            copy(token, buffer);
            decide(rule, buffer, depth);
        }
    }

    /**
     * Copies a token, once it is checked, into every open recording, and decides the innermost once its value is
     * complete.
     */
    final void record(JsonToken token) {
        if (recordings == null) {
            return;
        }
        for (Recording recording : recordings) {
            copy(token, recording.buffer);
            recording.open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
        }
        Recording innermost = recordings.get(recordings.size() - 1);
        if (innermost.open == 0) {
            recordings.remove(recordings.size() - 1);
            if (recordings.isEmpty()) {
                recordings = null;
            }
            decide(innermost.rule, innermost.buffer, innermost.depth);
        }
    }

    /** A token as the full path's tree holds it: numbers exactly. */
    private void copy(JsonToken token, TokenBuffer buffer) {
        switch (token) {
            case START_OBJECT -> buffer.writeStartObject();
            case END_OBJECT -> buffer.writeEndObject();
            case START_ARRAY -> buffer.writeStartArray();
            case END_ARRAY -> buffer.writeEndArray();
            case PROPERTY_NAME -> buffer.writeName(delegate.currentName());
            case VALUE_STRING -> buffer.writeString(delegate.getString());
            case VALUE_TRUE -> buffer.writeBoolean(true);
            case VALUE_FALSE -> buffer.writeBoolean(false);
            case VALUE_NULL -> buffer.writeNull();
            case VALUE_NUMBER_FLOAT -> buffer.writeNumber(delegate.getDecimalValue());
            case VALUE_NUMBER_INT -> {
                switch (delegate.getNumberType()) {
                    case INT -> buffer.writeNumber(delegate.getIntValue());
                    case LONG -> buffer.writeNumber(delegate.getLongValue());
                    default -> buffer.writeNumber(delegate.getBigIntegerValue());
                }
            }
            default -> throw Undecided.INSTANCE;
        }
    }

    /**
     * Declines unless every applicator of the rule holds for the buffered value. A failing applicator is not
     * reported here, even where the branches' violations are known: networknt's messages for applicators are left
     * to the full evaluation.
     */
    private void decide(ValueRule rule, TokenBuffer value, int depth) {
        // networknt evaluates a branch one level below the value's schema, and more through references
        int branchDepth = depth + 1 + refChain;
        if (2 * (branchDepth + rule.depth) > maxDepth) {
            limited = true;
            throw Undecided.INSTANCE;
        }
        if (!new Branches(rule.applicators, value, branchDepth).hold()) {
            throw Undecided.INSTANCE;
        }
    }

    /** The verdicts of one value's branches, each checked by a parser of its own over the buffered tokens. */
    private final class Branches {

        private final Applicators applicators;
        private final TokenBuffer value;
        private final int depth;

        Branches(Applicators applicators, TokenBuffer value, int depth) {
            this.applicators = applicators;
            this.value = value;
            this.depth = depth;
        }

        /** Whether every applicator holds; each subschema is evaluated, as networknt may evaluate each. */
        boolean hold() {
            int[] allOf = verdicts(applicators.allOf());
            int[] anyOf = verdicts(applicators.anyOf());
            int[] oneOf = verdicts(applicators.oneOf());
            boolean holds = allOf[VALID] == applicators.allOf().size();
            holds &= applicators.anyOf().isEmpty() || anyOf[VALID] > 0;
            holds &= applicators.oneOf().isEmpty() || (oneOf[VALID] == 1 && oneOf[UNKNOWN] == 0);
            if (applicators.not() != null) {
                holds &= verdict(applicators.not(), value) == INVALID;
            }
            if (applicators.condition() != null) {
                int condition = verdict(applicators.condition(), value);
                ValueRule consequence = condition == VALID ? applicators.then() : applicators.otherwise();
                holds &= condition != UNKNOWN && (consequence == null || verdict(consequence, value) == VALID);
            }
            return holds && objectHolds();
        }

        /** {@code dependentRequired}, {@code dependentSchemas} and {@code propertyNames}: objects only. */
        private boolean objectHolds() {
            if (value.firstToken() != JsonToken.START_OBJECT
                    || (applicators.dependentRequired().isEmpty()
                            && applicators.dependentSchemas().isEmpty()
                            && applicators.propertyNames() == null)) {
                return true;
            }
            Set<String> names = names();
            boolean holds = true;
            for (String name : names) {
                for (String needed : applicators.dependentRequired().getOrDefault(name, List.of())) {
                    holds &= names.contains(needed);
                }
                for (ValueRule dependent : applicators.dependentSchemas().getOrDefault(name, List.of())) {
                    holds &= verdict(dependent, value) == VALID;
                }
                if (applicators.propertyNames() != null) {
                    TokenBuffer text = TokenBuffer.forGeneration();
                    text.writeString(name);
                    holds &= verdict(applicators.propertyNames(), text) == VALID;
                }
            }
            return holds;
        }

        /** The names of the buffered object, in order. */
        private Set<String> names() {
            Set<String> names = new LinkedHashSet<>();
            try (JsonParser parser = value.asParser(delegate.objectReadContext())) {
                int open = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.PROPERTY_NAME && open == 1) {
                        names.add(parser.currentName());
                    }
                    open += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                }
            }
            return names;
        }

        /** How many of the rules give each verdict, by verdict. */
        private int[] verdicts(List<ValueRule> rules) {
            int[] counts = new int[3];
            for (ValueRule rule : rules) {
                counts[verdict(rule, value)]++;
            }
            return counts;
        }

        /**
         * {@link #VALID} when networknt finds no violation of the rule in the value, {@link #INVALID} when it finds
         * one (a violation reported here is one networknt reports), {@link #UNKNOWN} when the profile cannot say.
         * Its steps count towards the document's; a branch that reaches a limit declines the document.
         */
        private int verdict(ValueRule rule, TokenBuffer tokens) {
            List<Violation> found = new ArrayList<>(0);
            ProfiledParser branch = new Composing(
                    tokens.asParser(delegate.objectReadContext()),
                    rule,
                    refChain,
                    maxSteps,
                    maxDepth,
                    depth,
                    steps,
                    false,
                    found);
            int verdict;
            try (branch) {
                while (branch.nextToken() != null) {
                    // every token is checked as it passes
                }
                verdict =
                        !branch.complete() ? UNKNOWN : !found.isEmpty() ? INVALID : branch.uncertain ? UNKNOWN : VALID;
            } catch (Undecided e) {
                verdict = UNKNOWN;
            }
            steps = branch.steps;
            bindingRisk |= branch.bindingRisk;
            if (branch.limited || 2 * steps > maxSteps) {
                limited = true;
                throw Undecided.INSTANCE; // networknt might stop at a limit inside the branch
            }
            return verdict;
        }
    }

    private static final int VALID = 0;
    private static final int INVALID = 1;
    private static final int UNKNOWN = 2;

    /** A value under applicators whose tokens are buffered until it is complete. */
    private static final class Recording {
        final ValueRule rule;
        final TokenBuffer buffer;
        final int depth;
        int open;

        Recording(ValueRule rule, TokenBuffer buffer, int depth) {
            this.rule = rule;
            this.buffer = buffer;
            this.depth = depth;
        }
    }

    /** The parser of a profile with applicators: it also feeds the values under applicators to their recordings. */
    private static final class Composing extends ProfiledParser {

        Composing(
                JsonParser parser,
                ValueRule root,
                int refChain,
                long maxSteps,
                int maxDepth,
                int baseDepth,
                long steps,
                boolean surrogates,
                List<Violation> violations) {
            super(parser, root, refChain, maxSteps, maxDepth, baseDepth, steps, surrogates, violations);
        }

        @Override
        public JsonToken nextToken() {
            JsonToken token = super.nextToken();
            if (token != null) {
                record(token);
            }
            return token;
        }
    }

    private void unique(String name) {
        if (!names.add(name)) {
            throw Undecided.INSTANCE; // a repeated name: a syntax error the full path reports
        }
    }

    /**
     * Converts a number as the full path's tree would, so a number no BigDecimal can hold (1E-99999999999) or
     * one over the length limit ends the fast path here instead of being skipped unread.
     */
    private void materialise(JsonToken token) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT) {
            delegate.getDecimalValue();
        } else if (token == JsonToken.VALUE_NUMBER_INT) {
            delegate.getNumberValue();
        }
    }

    /** Thrown at the first token the profile does not allow; carries no stack trace, as it is routine. */
    static final class Undecided extends RuntimeException {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings("StaticAssignmentOfThrowable") // stackless and immutable, so one instance serves all
        static final Undecided INSTANCE = new Undecided();

        private Undecided() {
            super("not decided by the fast path", null, false, false);
        }
    }
}
