// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.nio.charset.StandardCharsets;

/**
 * ASCII bytes seen as characters in place, so that a {@code date-time} or a {@code pattern} is checked without
 * copying the string out of the input. One per scanner, pointed at each string in turn; only ever pointed at
 * bytes below 0x80.
 */
final class AsciiText implements CharSequence {

    private byte[] bytes;
    private int from;
    private int length;

    AsciiText at(byte[] input, int start, int end) {
        this.bytes = input;
        this.from = start;
        this.length = end - start;
        return this;
    }

    /** Lets go of the input, so a scanner kept for the next document does not hold on to this one. */
    void clear() {
        bytes = null;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) bytes[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return new String(bytes, from, length, StandardCharsets.US_ASCII);
    }
}
