// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;

/**
 * The checks a value about to be written must pass against its {@link ValueRule} to be proven valid: shared by
 * {@link ProfiledGenerator}, which sees tokens, and {@link ValidatedWriter}, which sees Java values, so the two
 * cannot prove different things. Anything a rule cannot decide from the value alone (a decimal under a rule that
 * reads numbers, a container in an {@code enum}, a keyword this class does not know) throws
 * {@link ProfiledParser.Undecided}, and the caller writes through the full evaluation.
 */
final class ProvenValues {

    private ProvenValues() {}

    /**
     * Checks a value of {@code kind} ({@link ValueRule#STRING} and the other kind bits) against {@code rule}:
     * {@code text} is a string's text, {@code truth} a boolean's value, {@code integer} an integer's value (null
     * for a decimal). The caller has already counted the rule's evaluation steps.
     */
    static void prove(ValueRule rule, int kind, String text, boolean truth, BigDecimal integer) {
        if (rule.opaque != null
                || !understood(rule)
                || !rule.allows(kind)
                || (kind == ValueRule.NUMBER && (rule.integerSensitive || rule.readsNumbers()))) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        if (rule.enumKeys != null || rule.hasConst) {
            Object key = key(kind, text, truth, integer);
            if ((rule.enumKeys != null && (key == null || !rule.enumKeys.contains(key)))
                    || (rule.hasConst && (key == null || rule.constIsContainer || !rule.constKey.equals(key)))) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        }
        if (text != null && !provenString(rule, text)) {
            throw ProfiledParser.Undecided.INSTANCE;
        }
        if (integer != null) {
            for (NumberBound bound : rule.bounds) {
                if (bound.crossedBy(integer)) {
                    throw ProfiledParser.Undecided.INSTANCE;
                }
            }
            // networknt divides an integer's exact value
            if (rule.multipleOf != null && integer.divideAndRemainder(rule.multipleOf)[1].signum() != 0) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
        }
    }

    /**
     * Whether every keyword the rule holds is one these checks apply: not the applicators, which only the parser
     * evaluates (on a buffered copy of the value). A keyword added to {@link ValueRule} later must make this false
     * until the writers follow it.
     */
    static boolean understood(ValueRule rule) {
        return !rule.hasApplicators();
    }

    /**
     * The {@link Scalars} key of a scalar for {@code enum}, {@code const} and {@code uniqueItems}, or null for a
     * container or a decimal, which these checks do not compare.
     */
    static Object key(int kind, String text, boolean truth, BigDecimal integer) {
        return switch (kind) {
            case ValueRule.STRING -> text;
            case ValueRule.BOOLEAN -> truth;
            case ValueRule.NULL -> Scalars.NULL;
            case ValueRule.INTEGER -> Scalars.number(integer);
            default -> null;
        };
    }

    private static boolean provenString(ValueRule rule, String text) {
        if (rule.format != null && !rule.format.proves(text)) {
            return false;
        }
        if (rule.minLength >= 0 || rule.maxLength >= 0) {
            int length = text.codePointCount(0, text.length());
            if ((rule.minLength >= 0 && length < rule.minLength) || (rule.maxLength >= 0 && length > rule.maxLength)) {
                return false;
            }
        }
        return rule.pattern == null
                || (EcmaRegex.applicable(text) && rule.pattern.matcher(text).find());
    }
}
