// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * What {@link ByteScanner} needs of one {@link ValueRule}: the rule itself, whether the scanner may decide a value
 * that reaches it, and the strings the rule compares with as UTF-8, so that a value is compared where it stands
 * in the input. Built once by {@link ByteRules} (children are set after construction, as rules may form cycles)
 * and never changed after.
 */
final class ByteRule {

    final ValueRule rule;
    /** Whether the scanner may decide a value that reaches this rule ({@link ByteRules#handles}). */
    final boolean handled;
    /** Whether the rule constrains nothing ({@link ValueRule#ANY}). */
    final boolean any;
    /** {@code enum}: its string members as UTF-8, or null without {@code enum}. */
    final byte[][] enumStrings;
    /** {@code const}: the constant as UTF-8 when it is a string, else null. */
    final byte[] constString;

    /** The object rule, when the value rule has one. */
    ByteObjectRule object;
    /** The rule of every item, when the value rule has an array rule. */
    ByteRule items;

    ByteRule(ValueRule rule, boolean handled, byte[][] enumStrings, byte[] constString) {
        this.rule = rule;
        this.handled = handled;
        this.any = rule == ValueRule.ANY;
        this.enumStrings = enumStrings;
        this.constString = constString;
    }
}
