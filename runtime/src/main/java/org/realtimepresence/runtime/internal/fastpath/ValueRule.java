// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonToken;

/**
 * What one subschema demands of a value, in the keyword subset the fast path understands. Built once by
 * {@link SchemaProfile} (fields are set while the schema is compiled, as a {@code $ref} may point back at a rule
 * still being built) and never changed after; read by {@link ProfiledParser} and {@link ProfiledGenerator}.
 *
 * <p>An {@linkplain #opaque opaque} rule stands for a subschema that uses a keyword outside the subset: a value
 * that reaches it is left to the full evaluation, while values elsewhere in the document are still decided here.
 */
final class ValueRule {

    static final int STRING = 1;
    static final int OBJECT = 1 << 1;
    static final int ARRAY = 1 << 2;
    static final int BOOLEAN = 1 << 3;
    static final int NULL = 1 << 4;
    static final int INTEGER = 1 << 5;
    static final int NUMBER = 1 << 6;
    static final int ALL = STRING | OBJECT | ARRAY | BOOLEAN | NULL | INTEGER | NUMBER;

    /** A value no keyword constrains (an unknown property of an open object). */
    static final ValueRule ANY = new ValueRule();

    /** Why a value that reaches this rule goes to the full evaluation, or null when the rule decides it. */
    String opaque;
    /** Bit set of the kinds {@code type} allows (all when it is absent). */
    int types = ALL;
    /** The {@code type} keyword as networknt names it in its message ({@code string}, {@code [string, null]}). */
    String typeExpected;
    /** {@code enum}: the scalar members as {@link Scalars#key} keys, or null without {@code enum}. */
    Set<Object> enumKeys;
    /** Whether {@code enum} has an object or array member, which the fast path does not compare. */
    boolean enumHasContainers;

    String enumMessage;
    /** {@code const}: its key when it is a scalar. */
    boolean hasConst;

    Object constKey;
    boolean constIsContainer;
    String constMessage;
    StringFormat format;
    int minLength = -1;
    int maxLength = -1;
    Pattern pattern;
    String patternMessage;
    /** {@code minimum}, {@code maximum} and the exclusive forms. */
    List<NumberBound> bounds = List.of();

    BigDecimal multipleOf;
    String multipleOfMessage;
    /** Whether a decimal (a float token) must be left to the full evaluation: an integer-only rule reads it otherwise. */
    boolean integerSensitive;

    ObjectRule object;
    ArrayRule array;
    /**
     * {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else},
     * {@code dependentRequired}, {@code dependentSchemas}, {@code dependencies} and {@code propertyNames}, or null
     * when the subschema has none of them.
     */
    Applicators applicators;
    /** networknt's evaluation steps for one value under this rule, at most (keywords plus one, through references). */
    int steps = 1;
    /** networknt's nested evaluations for one value under this rule, at most. */
    int depth = 1;

    /** Whether a value of this rule is checked at all. */
    boolean constrains() {
        return this != ANY;
    }

    /**
     * Whether the subschema carries an applicator networknt evaluates ({@link #applicators}): a checker that does not
     * evaluate applicators must decline every value that reaches such a rule.
     */
    boolean hasApplicators() {
        return applicators != null;
    }

    /** Whether a string value's text is checked beyond {@code enum} and {@code const}. */
    boolean checksText() {
        return format != null || minLength >= 0 || maxLength >= 0 || pattern != null;
    }

    /** Where {@link #checkLengthsAndPattern} reports each keyword a string breaks. */
    interface Violations {
        void violated(String keyword, String message);
    }

    /**
     * Reports each of {@code minLength}, {@code maxLength} and {@code pattern} that {@code text} breaks, worded as
     * networknt words it; false, reporting nothing, when the pattern cannot be decided here, as beyond ASCII the
     * engines may differ. Shared by the token check and the byte scanner, so that both word a string alike.
     */
    boolean checkLengthsAndPattern(String text, Violations violations) {
        if (pattern != null && !EcmaRegex.applicable(text)) {
            return false;
        }
        if (minLength >= 0 || maxLength >= 0) {
            int length = text.codePointCount(0, text.length());
            if (minLength >= 0 && length < minLength) {
                violations.violated("minLength", Messages.format(Messages.MIN_LENGTH, minLength));
            }
            if (maxLength >= 0 && length > maxLength) {
                violations.violated("maxLength", Messages.format(Messages.MAX_LENGTH, maxLength));
            }
        }
        if (pattern != null && !pattern.matcher(text).find()) {
            violations.violated("pattern", patternMessage);
        }
        return true;
    }

    /** Whether number values are compared with anything. */
    boolean readsNumbers() {
        return enumKeys != null || hasConst || !bounds.isEmpty() || multipleOf != null;
    }

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

    /** Whether {@code type} allows a value of this kind; an integer is also a number. */
    boolean allows(int kind) {
        return (types & kind) != 0 || (kind == INTEGER && (types & NUMBER) != 0);
    }

    /** The JSON Schema type name networknt reports as "found" for a value token. */
    static String typeName(JsonToken token) {
        return typeName(kind(token));
    }

    /** The JSON Schema type name networknt reports as "found" for a value of this kind. */
    static String typeName(int kind) {
        return switch (kind) {
            case STRING -> "string";
            case OBJECT -> "object";
            case ARRAY -> "array";
            case BOOLEAN -> "boolean";
            case NULL -> "null";
            case INTEGER -> "integer";
            default -> "number";
        };
    }
}
