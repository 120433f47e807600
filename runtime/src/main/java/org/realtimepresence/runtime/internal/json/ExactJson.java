// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.json;

import java.math.BigDecimal;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * What makes {@code read(write(r))} equal {@code r} for every {@code r} that {@code read} returns.
 *
 * <ul>
 *   <li>Lone surrogates: a string holding an unpaired surrogate (<code>"&#92;ud800"</code>) has no UTF-8 form: written
 *       raw it became {@code ?}, and different ids collapsed into one. {@link WholeCharacterParser} refuses such
 *       strings on reading, as {@code syntax}; a value to write that holds one is written escaped, read back
 *       like any input, and refused the same way, so none is ever written.</li>
 *   <li>Decimals: {@code 1e0} reads as a {@code BigDecimal} of scale 0, which Jackson wrote as {@code 1}, an
 *       integer that reads back as an {@code Integer}. A decimal is written so that it reads back as the same
 *       {@code BigDecimal}, unscaled value and scale included.</li>
 * </ul>
 */
public final class ExactJson {

    private ExactJson() {}

    /**
     * Whether {@code chars[offset, offset + length)} holds an unpaired surrogate; reads the parser's buffer in
     * place, so checking a string costs no String.
     */
    public static boolean hasLoneSurrogate(char[] chars, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                if (!Character.isHighSurrogate(c) || i + 1 == end || !Character.isLowSurrogate(chars[i + 1])) {
                    return true;
                }
                i++;
            }
        }
        return false;
    }

    /** The index of the first unpaired surrogate in {@code text}, or -1. */
    public static int loneSurrogate(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == length || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return i;
                }
                i++;
            }
        }
        return -1;
    }

    /** {@code json} with every unpaired surrogate character replaced by its {@code \\uXXXX} escape. */
    public static String escapeLoneSurrogates(String json) {
        StringBuilder escaped = null;
        int length = json.length();
        for (int i = 0; i < length; i++) {
            char c = json.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (escaped != null) {
                    escaped.append(c);
                }
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(json.charAt(i + 1))) {
                if (escaped != null) {
                    escaped.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else {
                if (escaped == null) {
                    escaped = new StringBuilder(length + 16).append(json, 0, i);
                }
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        return escaped == null ? json : escaped.toString();
    }

    /** Whether a write failed on a stream constraint (the nesting limit), however Jackson wrapped it. */
    public static boolean isConstraint(JacksonException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text of a decimal that reads back as the same {@code BigDecimal} and stays a JSON decimal: Java's own
     * {@link BigDecimal#toString()}, with {@code E0} added when that would read as an integer ({@code 1E0}, not
     * {@code 1}).
     */
    public static String decimalText(BigDecimal value) {
        String text = value.toString();
        return text.indexOf('.') >= 0 || text.indexOf('E') >= 0 ? text : text + "E0";
    }

    /** Writes every {@code BigDecimal} as {@link #decimalText}. */
    static final class DecimalSerializer extends StdSerializer<BigDecimal> {

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext context) {
            generator.writeNumber(decimalText(value));
        }
    }
}
