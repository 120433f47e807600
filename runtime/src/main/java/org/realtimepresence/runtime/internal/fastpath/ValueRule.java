package org.realtimepresence.runtime.internal.fastpath;

import java.util.Set;
import tools.jackson.core.JsonToken;

/**
 * What one subschema demands of a value, in the keyword subset the fast path understands.
 *
 * @param types        bit set of {@link #kind} values the schema keyword "type" allows (all when it is absent)
 * @param typeExpected the schema keyword "type" as networknt names it in its message ({@code "string"})
 * @param enumValues   the {@code enum} members, all strings, or null when there is no {@code enum}
 * @param enumMessage  networknt's message for a value outside the {@code enum}
 * @param format       the asserted {@code format} of string values, or null
 * @param object       the rule for object values, or null when an object value is not looked into
 */
record ValueRule(int types, String typeExpected, Set<String> enumValues, String enumMessage, StringFormat format,
        ObjectRule object) {

    static final int STRING = 1;
    static final int OBJECT = 1 << 1;
    static final int ARRAY = 1 << 2;
    static final int BOOLEAN = 1 << 3;
    static final int NULL = 1 << 4;
    static final int INTEGER = 1 << 5;
    static final int NUMBER = 1 << 6;
    static final int ALL = STRING | OBJECT | ARRAY | BOOLEAN | NULL | INTEGER | NUMBER;

    /** A value no keyword constrains (an unknown property of an open object). */
    static final ValueRule ANY = new ValueRule(ALL, null, null, null, null, null);

    /** The type bit of a value token. */
    static int kind(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> STRING;
            case START_OBJECT -> OBJECT;
            case START_ARRAY -> ARRAY;
            case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
            case VALUE_NULL -> NULL;
            case VALUE_NUMBER_INT -> INTEGER;
            default -> NUMBER;
        };
    }

    /** The JSON Schema type name networknt reports as "found" for a value token. */
    static String typeName(JsonToken token) {
        return switch (token) {
            case VALUE_STRING -> "string";
            case START_OBJECT -> "object";
            case START_ARRAY -> "array";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            case VALUE_NUMBER_INT -> "integer";
            default -> "number";
        };
    }
}
