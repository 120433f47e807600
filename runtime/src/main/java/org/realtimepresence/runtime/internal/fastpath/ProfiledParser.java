package org.realtimepresence.runtime.internal.fastpath;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * Checks every token against a {@link ValueRule} as it streams past, so binding and checking share one parse.
 * Every way of advancing is routed through {@link #nextToken}, so no token reaches data binding unchecked. The
 * first token the rules do not allow throws {@link Undecided}.
 */
final class ProfiledParser extends JsonParserDelegate {

    private static final int INITIAL_DEPTH = 4;

    private ObjectRule[] rules = new ObjectRule[INITIAL_DEPTH];
    private long[] seen = new long[INITIAL_DEPTH];
    private int top = -1;
    /** The rule for the next value, or null while a property name or the end of an object is due. */
    private ValueRule expected;
    /** Open containers inside a value no rule looks into. */
    private int freeDepth;
    private boolean rootSeen;

    ProfiledParser(JsonParser parser, ValueRule root) {
        super(parser);
        this.expected = root;
    }

    /** Whether exactly one root value was read and every rule on it held. */
    boolean complete() {
        return rootSeen && top < 0 && freeDepth == 0 && expected == null;
    }

    @Override
    public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (token == null) {
            return null;
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
        if (token.isStructStart()) {
            freeDepth++;
        } else if (token.isStructEnd()) {
            freeDepth--;
        } else {
            materialise(token);
        }
    }

    private void name() {
        ObjectRule.Slot slot = rules[top].slots().get(delegate.currentName());
        if (slot == null) {
            if (rules[top].closed()) {
                throw new Undecided();
            }
            expected = ValueRule.ANY;
        } else {
            if ((seen[top] & slot.bit()) != 0) {
                throw new Undecided(); // a repeated name, even if the parser was not told to refuse it
            }
            seen[top] |= slot.bit();
            expected = slot.rule();
        }
    }

    private void endObject() {
        if (top < 0 || expected != null || (seen[top] & rules[top].required()) != rules[top].required()) {
            throw new Undecided();
        }
        top--;
    }

    private void value(JsonToken token) {
        ValueRule rule = expected;
        expected = null;
        if (rule == null || (top < 0 && rootSeen) || !rule.accepts(token, delegate)) {
            throw new Undecided();
        }
        rootSeen = true;
        if (token == JsonToken.START_OBJECT && rule.object() != null) {
            push(rule.object());
        } else if (token.isStructStart()) {
            freeDepth = 1;
        } else {
            materialise(token);
        }
    }

    private void push(ObjectRule rule) {
        if (++top == rules.length) {
            rules = java.util.Arrays.copyOf(rules, top * 2);
            seen = java.util.Arrays.copyOf(seen, top * 2);
        }
        rules[top] = rule;
        seen[top] = 0;
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

    /**
     * Thrown at the first token the profile does not allow; carries no stack trace, as it is routine. A new
     * one each time costs one small allocation, next to the full evaluation that follows it.
     */
    static final class Undecided extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Undecided() {
            super("not decided by the fast path", null, false, false);
        }
    }
}
