package org.realtimepresence.runtime.internal.fastpath;

import java.util.Arrays;
import java.util.List;
import org.realtimepresence.runtime.Violation;
import org.realtimepresence.runtime.internal.json.ExactJson;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Checks every token against a {@link ValueRule} as it streams past, so binding and checking share one parse.
 * Every way of advancing is routed through {@link #nextToken}, so no token reaches data binding unchecked.
 *
 * <p>Without a violation list it proves or declines: the first token the rules do not allow throws
 * {@link Undecided}. With one, it reports each violation of a profiled keyword exactly as networknt would
 * (pointer, keyword, English message) and reads on; it still throws {@link Undecided} for anything it cannot
 * report, and {@link #uncertain()} says when a value was valid for networknt but not proven here.
 *
 * <p>It detects repeated names itself, in every object, so the parser under it need not.
 */
final class ProfiledParser extends JsonParserDelegate {

    private static final int INITIAL_DEPTH = 4;

    private final List<Violation> violations;
    /** Per open object: its rule (null in a value no rule looks into) and the names seen outside its mask. */
    private ObjectRule[] rules = new ObjectRule[INITIAL_DEPTH];
    private long[] seen = new long[INITIAL_DEPTH];
    private final SeenNames names = new SeenNames();
    private int top = -1;
    /** The rule for the next value, or null while a property name or the end of an object is due. */
    private ValueRule expected;
    /** Open containers inside a value no rule looks into. */
    private int freeDepth;
    private boolean rootSeen;
    private boolean uncertain;

    ProfiledParser(JsonParser parser, ValueRule root, List<Violation> violations) {
        super(parser);
        this.expected = root;
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

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
        }
        if ((token == JsonToken.VALUE_STRING || token == JsonToken.PROPERTY_NAME)
                && ExactJson.hasLoneSurrogate(delegate.getStringCharacters(), delegate.getStringOffset(),
                        delegate.getStringLength())) {
            throw Undecided.INSTANCE; // the full path refuses it, with the place
        }
        if (freeDepth > 0) {
            skipped(token);
        } else if (token == JsonToken.PROPERTY_NAME) {
            name();
        } else if (token == JsonToken.END_OBJECT) {
            endObject();
        } else {
            value(token);
        }
        return token;
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
        return token == JsonToken.END_OBJECT ? PropertyNameMatcher.MATCH_END_OBJECT : PropertyNameMatcher.MATCH_ODD_TOKEN;
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
        ObjectRule rule = rules[top];
        ObjectRule.Slot slot = rule.slots().get(name);
        if (slot == null) {
            unique(name);
            if (rule.closed()) {
                report("additionalProperties", "property '" + name
                        + "' is not defined in the schema and the schema does not allow additional properties");
            }
            expected = ValueRule.ANY;
        } else {
            if ((seen[top] & slot.bit()) != 0) {
                throw Undecided.INSTANCE; // a repeated name: a syntax error the full path reports
            }
            seen[top] |= slot.bit();
            expected = slot.rule();
        }
    }

    private void endObject() {
        if (top < 0 || expected != null) {
            throw Undecided.INSTANCE;
        }
        long missing = rules[top].required() & ~seen[top];
        if (missing != 0) {
            if (violations == null) {
                throw Undecided.INSTANCE;
            }
            // The object has closed, so the parser's context is now where the object itself sits.
            String pointer = pointer();
            for (int bit = 0; bit < ObjectRule.MAX_NAMES; bit++) {
                if ((missing & (1L << bit)) != 0) {
                    violations.add(new Violation(pointer, "required",
                            "required property '" + rules[top].names().get(bit) + "' not found"));
                }
            }
        }
        names.close();
        top--;
    }

    private void value(JsonToken token) {
        ValueRule rule = expected;
        expected = null;
        if (rule == null || (top < 0 && rootSeen)) {
            throw Undecided.INSTANCE;
        }
        rootSeen = true;
        check(rule, token);
        if (token == JsonToken.START_OBJECT && rule.object() != null) {
            push(rule.object());
        } else if (token == JsonToken.START_OBJECT) {
            freeDepth = 1;
            names.open();
        } else if (token == JsonToken.START_ARRAY) {
            freeDepth = 1;
        } else {
            materialise(token);
        }
    }

    /** {@code type}, {@code enum} and {@code format}; each is evaluated on its own, as networknt does. */
    @SuppressWarnings("ReferenceEquality") // ANY is a sentinel: only that instance means "no demands"
    private void check(ValueRule rule, JsonToken token) {
        if (rule == ValueRule.ANY) {
            return;
        }
        if ((rule.types() & ValueRule.kind(token)) == 0) {
            report("type", ValueRule.typeName(token) + " found, " + rule.typeExpected() + " expected");
        }
        if (rule.enumValues() != null
                && (token != JsonToken.VALUE_STRING || !rule.enumValues().contains(delegate.getString()))) {
            report("enum", rule.enumMessage());
        }
        if (rule.format() != null && token == JsonToken.VALUE_STRING) {
            String text = delegate.getString();
            if (!rule.format().proves(text)) {
                if (violations == null) {
                    throw Undecided.INSTANCE;
                }
                if (rule.format().refuses(text)) {
                    report("format", rule.format().message());
                } else {
                    uncertain = true;
                }
            }
        }
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

    private void push(ObjectRule rule) {
        if (++top == rules.length) {
            rules = Arrays.copyOf(rules, top * 2);
            seen = Arrays.copyOf(seen, top * 2);
        }
        rules[top] = rule;
        seen[top] = 0;
        names.open();
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
