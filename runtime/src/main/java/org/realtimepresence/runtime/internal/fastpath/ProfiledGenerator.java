package org.realtimepresence.runtime.internal.fastpath;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
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

    private ObjectRule[] rules = new ObjectRule[INITIAL_DEPTH];
    private long[] seen = new long[INITIAL_DEPTH];
    private int top = -1;
    private ValueRule expected;
    private int freeDepth;
    private boolean rootSeen;

    ProfiledGenerator(JsonGenerator generator, ValueRule root) {
        super(generator, false);
        this.expected = root;
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
        } else if (top < 0 || expected != null || (seen[top] & rules[top].required()) != rules[top].required()) {
            throw ProfiledParser.Undecided.INSTANCE;
        } else {
            top--;
        }
        return super.writeEndObject();
    }

    @Override
    public JsonGenerator writeEndArray() {
        if (freeDepth == 0) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        freeDepth--;
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
        scalar(JsonToken.VALUE_STRING, text);
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(SerializableString text) {
        scalar(JsonToken.VALUE_STRING, text.getValue());
        return super.writeString(text);
    }

    @Override
    public JsonGenerator writeString(char[] buffer, int offset, int length) {
        scalar(JsonToken.VALUE_STRING, new String(buffer, offset, length));
        return super.writeString(buffer, offset, length);
    }

    @Override
    public JsonGenerator writeBoolean(boolean state) {
        scalar(state ? JsonToken.VALUE_TRUE : JsonToken.VALUE_FALSE, null);
        return super.writeBoolean(state);
    }

    @Override
    public JsonGenerator writeNull() {
        scalar(JsonToken.VALUE_NULL, null);
        return super.writeNull();
    }

    @Override
    public JsonGenerator writeNumber(short v) {
        scalar(JsonToken.VALUE_NUMBER_INT, null);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(int v) {
        scalar(JsonToken.VALUE_NUMBER_INT, null);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(long v) {
        scalar(JsonToken.VALUE_NUMBER_INT, null);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(BigInteger v) {
        if (v == null) {
            return writeNull();
        }
        scalar(JsonToken.VALUE_NUMBER_INT, null);
        return super.writeNumber(v);
    }

    /** A finite double is written as the full path's tree would write it; NaN and infinities are left to it. */
    @Override
    public JsonGenerator writeNumber(double v) {
        if (!Double.isFinite(v)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        scalar(JsonToken.VALUE_NUMBER_FLOAT, null);
        return super.writeNumber(v);
    }

    @Override
    public JsonGenerator writeNumber(float v) {
        if (!Float.isFinite(v)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        scalar(JsonToken.VALUE_NUMBER_FLOAT, null);
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
        if (top < 0 || expected != null) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        ObjectRule.Slot slot = rules[top].slots().get(name);
        if (slot == null) {
            if (rules[top].closed()) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            expected = ValueRule.ANY;
        } else {
            if ((seen[top] & slot.bit()) != 0) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            seen[top] |= slot.bit();
            expected = slot.rule();
        }
    }

    private void start(JsonToken token) {
        if (freeDepth > 0) {
            freeDepth++;
            return;
        }
        ValueRule rule = take(token, null);
        if (token == JsonToken.START_OBJECT && rule.object() != null) {
            if (++top == rules.length) {
                rules = Arrays.copyOf(rules, top * 2);
                seen = Arrays.copyOf(seen, top * 2);
            }
            rules[top] = rule.object();
            seen[top] = 0;
        } else {
            freeDepth = 1;
        }
    }

    private void scalar(JsonToken token, String text) {
        if (text != null) {
            plain(text);
        }
        if (freeDepth == 0) {
            take(token, text);
        }
    }

    /** Checks the value about to be written against the rule expected for it. */
    private ValueRule take(JsonToken token, String text) {
        ValueRule rule = expected;
        expected = null;
        if (rule == null || (top < 0 && rootSeen) || (rule.types() & ValueRule.kind(token)) == 0) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        rootSeen = true;
        if (rule.enumValues() != null && (text == null || !rule.enumValues().contains(text))) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        if (rule.format() != null && text != null && !rule.format().proves(text)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        return rule;
    }
}
