// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.Objects;

/**
 * One reason a document is not a valid instance of its schema.
 *
 * @param pointer RFC 6901 JSON Pointer to the instance location: {@code ""} for the root, otherwise for example
 *                {@code /occurredAt} or {@code /items/0/sku}. A missing property ({@code required}) is reported at
 *                the object that lacks it; an unexpected one ({@code additionalProperties}) at the property itself.
 * @param keyword the schema keyword that failed ({@code required}, {@code type}, {@code enum}, {@code format},
 *                {@code pattern}, {@code minimum}, {@code additionalProperties}, ...), or {@link #SYNTAX} or
 *                {@link #LIMIT} for input that never reached the schema, or {@link #BINDING}
 * @param message English explanation, whatever the default locale is
 */
public record Violation(String pointer, String keyword, String message) implements Comparable<Violation> {

    /**
     * Keyword for input that is not well-formed UTF-8 JSON text, has duplicate keys, or holds a string with a lone
     * surrogate (which has no UTF-8 form, so it is refused on reading and on writing alike).
     */
    public static final String SYNTAX = "syntax";
    /** Keyword for input over a size, depth or evaluation limit. */
    public static final String LIMIT = "limit";
    /**
     * Keyword for a value that JSON and the Java type cannot carry into each other although nothing else is wrong:
     * a schema-valid date-time whose offset is beyond java.time's +-18:00, or a value to write that holds something
     * Jackson cannot serialise. (A value nested past the depth limit, a cycle included, is a {@link #LIMIT}.)
     */
    public static final String BINDING = "binding";

    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(keyword, "keyword");
        Objects.requireNonNull(message, "message");
    }

    /** Orders by pointer, then keyword, then message, so reports are stable. */
    @Override
    public int compareTo(Violation other) {
        int byPointer = pointer.compareTo(other.pointer);
        if (byPointer != 0) {
            return byPointer;
        }
        int byKeyword = keyword.compareTo(other.keyword);
        return byKeyword != 0 ? byKeyword : message.compareTo(other.message);
    }

    /** {@code POINTER [KEYWORD] MESSAGE}, with {@code (root)} for the empty pointer. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(root)" : pointer) + " [" + keyword + "] " + message;
    }
}
