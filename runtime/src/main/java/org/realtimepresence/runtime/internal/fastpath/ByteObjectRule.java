// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.util.Arrays;

/**
 * An {@link ObjectRule} with its property names encoded as UTF-8 and grouped by length, so that a name in the
 * input is matched where it stands: by its length first, then its bytes. Names are compared as bytes only when
 * the input name holds no escape, and strict UTF-8 gives every string exactly one encoding, so equal bytes mean
 * equal names.
 */
final class ByteObjectRule {

    final ObjectRule rule;
    /** The rule of each name by its bit index, or null when the name is only required. */
    final ByteRule[] declared;
    /** Each name's bit in the seen-mask, by bit index. */
    final long[] bits;
    /** The rule for a name neither {@code properties} nor a pattern names, when the object is open. */
    ByteRule additional;
    /** Whether {@code patternProperties} applies, so a name's rule needs the name as text. */
    final boolean patterns;

    /** Each name as UTF-8 by bit index; null for a name no input without escapes can spell. */
    private final byte[][] names;
    /** Per length, the bit indexes of the names of that length. */
    private final int[][] byLength;

    ByteObjectRule(ObjectRule rule, byte[][] names, ByteRule[] declared) {
        this.rule = rule;
        this.names = names;
        this.declared = declared;
        this.bits = new long[names.length];
        this.patterns = !rule.patterns().isEmpty();
        int longest = 0;
        for (byte[] name : names) {
            longest = name == null ? longest : Math.max(longest, name.length);
        }
        int[][] lengths = new int[longest + 1][];
        for (int i = 0; i < names.length; i++) {
            bits[i] = rule.slots().get(rule.names().get(i)).bit();
            if (names[i] == null) {
                continue;
            }
            int[] same = lengths[names[i].length];
            same = same == null ? new int[1] : Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = i;
            lengths[names[i].length] = same;
        }
        this.byLength = lengths;
    }

    /** The bit index of the name in {@code input[from, from + length)}, or -1 when the rule does not name it. */
    int find(byte[] input, int from, int length) {
        if (length >= byLength.length) {
            return -1;
        }
        int[] candidates = byLength[length];
        if (candidates == null) {
            return -1;
        }
        for (int index : candidates) {
            if (ShortBytes.same(names[index], 0, input, from, length)) {
                return index;
            }
        }
        return -1;
    }
}
