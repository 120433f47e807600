// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.util.Arrays;

/**
 * The text {@link ValidatedWriter} writes, with its UTF-8 size counted as it grows, so the document limit needs no
 * second pass. One per thread, reused: it keeps a small buffer between documents and drops a large one.
 */
final class WrittenJson {

    private static final int INITIAL_CHARS = 512;
    private static final int KEPT_CHARS = 1 << 16;
    /** The longest escape of one character ({@code \\u001f}). */
    private static final int MAX_ESCAPE = 6;

    private char[] chars = new char[INITIAL_CHARS];
    private int length;
    private long bytes;
    /** networknt's evaluation steps counted for the document so far. */
    long steps;
    /** Whether a document is being written with this buffer, so a nested write on the same thread takes another. */
    boolean busy;

    void reset() {
        length = 0;
        bytes = 0;
        steps = 0;
        if (chars.length > KEPT_CHARS) {
            chars = new char[INITIAL_CHARS];
        }
    }

    long bytes() {
        return bytes;
    }

    String text() {
        return new String(chars, 0, length);
    }

    private void ensure(int more) {
        if (length + more > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
        }
    }

    /** One ASCII character. */
    void put(char c) {
        ensure(1);
        chars[length++] = c;
        bytes++;
    }

    /** ASCII text, such as a number. */
    void putAscii(String text) {
        putRaw(text, text.length());
    }

    /** Text already written as JSON, of {@code utf8} bytes. */
    void putRaw(String text, long utf8) {
        int size = text.length();
        ensure(size);
        text.getChars(0, size, chars, length);
        length += size;
        bytes += utf8;
    }

    /**
     * {@code text} as a JSON string, escaped as {@code escapes} says. A lone surrogate (which the full path writes
     * escaped, then refuses on reading it back) and, when the mapper escapes them, characters beyond ASCII decline.
     */
    void putString(String text, JsonEscapes escapes) {
        int size = text.length();
        ensure(size + 2);
        char[] out = chars;
        int at = length;
        long utf8 = bytes + 2;
        out[at++] = '"';
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                char[] escape = escapes.escape(c);
                if (escape == null) {
                    out[at++] = c;
                    utf8++;
                } else {
                    if (at + MAX_ESCAPE + (size - i) + 1 > out.length) {
                        length = at;
                        ensure(MAX_ESCAPE + (size - i) + 1);
                        out = chars;
                    }
                    System.arraycopy(escape, 0, out, at, escape.length);
                    at += escape.length;
                    utf8 += escape.length;
                }
                continue;
            }
            if (!escapes.othersAsIs()) {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            if (c < 0x800) {
                utf8 += 2;
            } else if (!Character.isSurrogate(c)) {
                utf8 += 3;
            } else if (Character.isHighSurrogate(c) && i + 1 < size && Character.isLowSurrogate(text.charAt(i + 1))) {
                out[at++] = c;
                c = text.charAt(++i);
                utf8 += 4;
            } else {
                throw ProfiledParser.Undecided.INSTANCE;
            }
            out[at++] = c;
        }
        out[at++] = '"';
        length = at;
        bytes = utf8;
    }
}
