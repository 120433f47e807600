package org.realtimepresence.runtime.internal.fastpath;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * What one subschema demands of a value, in the keyword subset the fast path understands.
 *
 * @param types      bit set of {@link #kind} values the schema keyword "type" allows (all when it is absent)
 * @param enumValues the {@code enum} members, all strings, or null when there is no {@code enum}
 * @param dateTime   whether {@code format: date-time} applies to string values
 * @param object     the rule for object values, or null when an object value is not looked into
 */
record ValueRule(int types, Set<String> enumValues, boolean dateTime, ObjectRule object) {

    static final int STRING = 1;
    static final int OBJECT = 1 << 1;
    static final int ARRAY = 1 << 2;
    static final int BOOLEAN = 1 << 3;
    static final int NULL = 1 << 4;
    static final int ALL = STRING | OBJECT | ARRAY | BOOLEAN | NULL | (1 << 5);

    /** A value no keyword constrains (an unknown property of an open object). */
    static final ValueRule ANY = new ValueRule(ALL, null, false, null);

    /** The type bit of a value token; numbers get a bit no supported {@code type} names. */
    static int kind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> STRING;
            case START_OBJECT -> OBJECT;
            case START_ARRAY -> ARRAY;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            default -> 1 << 5;
        };
    }

    /** Whether the value starting at the parser's current token passes {@code type}, {@code enum} and {@code format}. */
    boolean accepts(JsonToken token, JsonParser parser) {
        if ((types & kind(token)) == 0) {
            return false;
        }
        if (enumValues != null && (token != JsonToken.VALUE_STRING || !enumValues.contains(parser.getString()))) {
            return false;
        }
        return !dateTime || token != JsonToken.VALUE_STRING || StrictDateTime.accepts(parser.getString());
    }
}
