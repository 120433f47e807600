// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.json;

/** Sizes of text in UTF-8, the encoding the document limit is counted in. */
public final class Utf8 {

    private Utf8() {}

    /** The UTF-8 length of {@code text}, without encoding it; a lone surrogate counts as the 3 bytes of its escape's replacement. */
    public static long length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
