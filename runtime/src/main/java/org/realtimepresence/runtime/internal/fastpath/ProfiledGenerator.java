// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.core.Base64Variant;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TreeNode;
import tools.jackson.core.util.JsonGeneratorDelegate;

/**
 * Checks every token a serializer writes against a {@link ValueRule} before it reaches the output, so that a
 * value is validated while it is written, without a tree. The first token the rules do not allow, and every
 * way of writing that the rules cannot follow (raw text, binary, embedded trees and objects), throws
 * {@link ProfiledParser.Undecided}; the caller then writes through the full evaluation.
 */
final class ProfiledGenerator extends JsonGeneratorDelegate {

    private static final int INITIAL_DEPTH = 4;

    /** Per open container a rule looks into: its rule, whether it is an array, and what was seen in it. */
    private ValueRule[] rules = new ValueRule[INITIAL_DEPTH];

    private boolean[] arrays = new boolean[INITIAL_DEPTH];
    private long[] seen = new long[INITIAL_DEPTH];
    private int[] counts = new int[INITIAL_DEPTH];
    private int[] depths = new int[INITIAL_DEPTH];
    private Set<Object>[] uniques = newSets(INITIAL_DEPTH);
    private int top = -1;
    private ValueRule expected;
    private int freeDepth;
    private boolean rootSeen;
    private final long maxSteps;
    private final int maxDepth;
    private final int refChain;
    /** The reader's limit on a number's length: a longer number is written, then refused when read back. */
    private final int maxNumberLength;

    private long steps;

    ProfiledGenerator(
            JsonGenerator generator, SchemaProfile profile, long maxSteps, int maxDepth, int maxNumberLength) {
        super(generator, false);
        this.maxNumberLength = maxNumberLength;
        this.expected = profile.root();
        this.refChain = profile.refChain();
        this.maxSteps = maxSteps;
        this.maxDepth = maxDepth;
    }

    @SuppressWarnings("unchecked")
    private static Set<Object>[] newSets(int length) {
        return (Set<Object>[]) new Set<?>[length];
    }

    /** Whether exactly one root value was written and every rule on it held. */
    boolean complete() {
        return rootSeen && top < 0 && freeDepth == 0 && expected == null;
    }

    @Override
    public JsonGenerator writeStartObject() {
        start(JsonToken.START_OBJECT);
        return super.writeStartObject();
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue) {
        start(JsonToken.START_OBJECT);
        return super.writeStartObject(forValue);
    }

    @Override
    public JsonGenerator writeStartObject(Object forValue, int size) {
        start(JsonToken.START_OBJECT);
        return super.writeStartObject(forValue, size);
    }

    @Override
    public JsonGenerator writeStartArray() {
        start(JsonToken.START_ARRAY);
        return super.writeStartArray();
    }

    @Override
    public JsonGenerator writeStartArray(Object forValue) {
        start(JsonToken.START_ARRAY);
        return super.writeStartArray(forValue);
    }

    @Override
    public JsonGenerator writeStartArray(Object forValue, int size) {
        start(JsonToken.START_ARRAY);
        return super.writeStartArray(forValue, size);
    }

    @Override
    public JsonGenerator writeEndObject() {
        if (freeDepth > 0) {
            freeDepth--;
        } else if (top < 0
                || arrays[top]
                || expected != null
                || (seen[top] & rules[top].object.required()) != rules[top].object.required()
                || (rules[top].object.minProperties() >= 0 && counts[top] < rules[top].object.minProperties())
                || (rules[top].object.maxProperties() >= 0 && counts[top] > rules[top].object.maxProperties())) {
            throw ProfiledParser.Undecided.INSTANCE;
        } else {
            top--;
        }
        return super.writeEndObject();
    }

    @Override
    public JsonGenerator writeEndArray() {
        if (freeDepth > 0) {
            freeDepth--;
        } else if (top < 0 || !arrays[top]) {
            throw ProfiledParser.Undecided.INSTANCE;
        } else {
            ArrayRule rule = rules[top].array;
            if ((rule.minItems() >= 0 && counts[top] < rule.minItems())
                    || (rule.maxItems() >= 0 && counts[top] > rule.maxItems())) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            top--;
        }
        return super.writeEndArray();
    }

    @Override
    public JsonGenerator writeName(String name) {
        name(name);
        return super.writeName(name);
    }

    @Override
    public JsonGenerator writeName(SerializableString name) {
        name(name.getValue());
        return super.writeName(name);
    }

    /**
     * Any surrogate, paired or not, is left to the full path, which alone decides how text that is not
     * well-formed Unicode is written or refused.
     */
    private static String plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        }
        return text;
    }

    @Override
    public JsonGenerator writePropertyId(long id) {
        name(Long.toString(id));
        return super.writePropertyId(id);
    }

    @Override
    public JsonGenerator writeString(String text) {
        if (text == null) {
            return writeNull();
        }
        scalar(JsonToken.VALUE_STRING, text, null);
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
        scalar(JsonToken.VALUE_STRING, text.getValue(), null);
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(char[] buffer, int offset, int length) {
        scalar(JsonToken.VALUE_STRING, new String(buffer, offset, length), null);
        return super.writeString(buffer, offset, length);
    }

    @Override
    public JsonGenerator writeBoolean(boolean state) {
        scalar(state ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE, null, null);
        return super.writeBoolean(state);
    }

    @Override
    public JsonGenerator writeNull() {
        scalar(JsonToken.VALUE_NULL, null, null);
        return super.writeNull();
    }

    @Override
    public JsonGenerator writeNumber(short v) {
        number(BigDecimal.valueOf(v));
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(int v) {
        number(BigDecimal.valueOf(v));
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(long v) {
        number(BigDecimal.valueOf(v));
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) {
        if (v == null) {
            return writeNull();
        }
        if (v.toString().length() >= maxNumberLength) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        number(new BigDecimal(v));
        return super.writeNumber(v);
    }

    /** A finite double is written as the full path's tree would write it; NaN and infinities are left to it. */
    @Override
    public JsonGenerator writeNumber(double v) {
        if (!Double.isFinite(v)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        scalar(JsonToken.VALUE_NUMBER_FLOAT, null, null);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(float v) {
        if (!Float.isFinite(v)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        scalar(JsonToken.VALUE_NUMBER_FLOAT, null, null);
        return super.writeNumber(v);
    }

    // Decimal and textual numbers, and everything below, are left to the full evaluation: how they are written
    // (exponents, plain or not, raw text) is the full path's decision to make and to check.

    @Override
    public JsonGenerator writeNumber(BigDecimal v) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeNumber(String encodedValue) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeNumber(char[] encodedValueBuffer, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeString(Reader reader, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRawUTF8String(byte[] buffer, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeUTF8String(byte[] buffer, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRaw(String text) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRaw(String text, int offset, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRaw(SerializableString raw) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRaw(char[] text, int offset, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRaw(char c) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRawValue(String text) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRawValue(String text, int offset, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeRawValue(char[] text, int offset, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeArray(int[] array, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeArray(long[] array, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeArray(double[] array, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeArray(String[] array, int offset, int length) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeBinary(Base64Variant b64variant, byte[] data, int offset, int len) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public int writeBinary(Base64Variant b64variant, InputStream data, int dataLength) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeEmbeddedObject(Object object) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writePOJO(Object pojo) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeTree(TreeNode tree) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeObjectId(Object id) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeObjectRef(Object reference) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public JsonGenerator writeTypeId(Object id) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public void copyCurrentEvent(JsonParser parser) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    @Override
    public void copyCurrentStructure(JsonParser parser) {
        throw ProfiledParser.Undecided.INSTANCE;
    }

    private void name(String name) {
        plain(name);
        if (freeDepth > 0) {
            return;
        }
        if (top < 0 || arrays[top] || expected != null) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        ObjectRule rule = rules[top].object;
        ObjectRule.Slot slot = rule.slots().get(name);
        counts[top]++;
        ValueRule next = rule.ruleFor(name, slot != null && slot.declared() ? slot.rule() : null);
        if (next == null || (next == ObjectRule.UNMATCHED && rule.closed())) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        if (next == ObjectRule.UNMATCHED) {
            next = rule.additional() != null ? rule.additional() : ValueRule.ANY;
        }
        if (slot != null) {
            if ((seen[top] & slot.bit()) != 0) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            seen[top] |= slot.bit();
        }
        expected = next;
    }

    private void start(JsonToken token) {
        if (freeDepth > 0) {
            freeDepth++;
            return;
        }
        ValueRule rule = take(token, null, null);
        boolean array = token == JsonToken.START_ARRAY;
        if (array ? rule.array != null : rule.object != null) {
            int depth = (top < 0 ? 0 : depths[top]) + rule.depth + refChain;
            if (2 * depth > maxDepth) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            if (++top == rules.length) {
                rules = Arrays.copyOf(rules, top * 2);
                arrays = Arrays.copyOf(arrays, top * 2);
                seen = Arrays.copyOf(seen, top * 2);
                counts = Arrays.copyOf(counts, top * 2);
                depths = Arrays.copyOf(depths, top * 2);
                uniques = Arrays.copyOf(uniques, top * 2);
            }
            rules[top] = rule;
            arrays[top] = array;
            seen[top] = 0;
            counts[top] = 0;
            depths[top] = depth;
            uniques[top] = array && rule.array.unique() ? new HashSet<>() : null;
        } else {
            freeDepth = 1;
        }
    }

    private void number(BigDecimal value) {
        scalar(JsonToken.VALUE_NUMBER_INT, null, value);
    }

    private void scalar(JsonToken token, String text, BigDecimal number) {
        if (text != null) {
            plain(text);
        }
        if (freeDepth == 0) {
            take(token, text, number);
        }
    }

    /**
     * Checks the value about to be written against the rule expected for it; any violation, and anything the
     * rule cannot decide from what is written (a double's exact value, an object in an {@code enum}), declines.
     */
    private ValueRule take(JsonToken token, String text, BigDecimal number) {
        ValueRule rule;
        if (top >= 0 && arrays[top]) {
            rule = rules[top].array.items();
            counts[top]++;
            if (uniques[top] != null && !uniques[top].add(key(token, text, number))) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        } else {
            rule = expected;
            expected = null;
            if (rule == null || (top < 0 && rootSeen)) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        }
        rootSeen = true;
        steps += rule.steps + 2L * refChain;
        if (2 * steps > maxSteps) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        ProvenValues.prove(rule, ValueRule.kind(token), text, token == JsonToken.VALUE_TRUE, number);
        return rule;
    }

    private static Object key(JsonToken token, String text, BigDecimal number) {
        Object key = ProvenValues.key(ValueRule.kind(token), text, token == JsonToken.VALUE_TRUE, number);
        if (key == null) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        return key;
    }
}
