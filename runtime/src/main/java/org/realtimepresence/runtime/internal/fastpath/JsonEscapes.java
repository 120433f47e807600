// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import tools.jackson.databind.json.JsonMapper;

/**
 * How the codec's mapper writes each character of a string or a property name, learnt from the mapper itself when
 * the codec is built, so that {@link ValidatedWriter} escapes exactly as the full path does whatever Jackson's
 * defaults are: the escape of every ASCII character it escapes, and whether it writes other characters as they are.
 */
final class JsonEscapes {

    /** Characters beyond ASCII whose treatment varies between JSON writers: line separators, BOM, the last BMP. */
    private static final String[] PROBES = {"\u0080", "\u00ff", "\u2028", "\u2029", "\ufeff", "\uffff", "\ud83d\ude00"};

    private final char[][] ascii = new char[0x80][];
    private final boolean othersAsIs;

    private JsonEscapes(JsonMapper mapper) {
        for (char c = 0; c < 0x80; c++) {
            String inner = inner(mapper, String.valueOf(c));
            ascii[c] = inner.equals(String.valueOf(c)) ? null : inner.toCharArray();
        }
        boolean asIs = true;
        for (String probe : PROBES) {
            asIs &= inner(mapper, probe).equals(probe);
        }
        this.othersAsIs = asIs;
    }

    static JsonEscapes of(JsonMapper mapper) {
        return new JsonEscapes(mapper);
    }

    private static String inner(JsonMapper mapper, String text) {
        String json = mapper.writeValueAsString(text);
        return json.substring(1, json.length() - 1);
    }

    /** What is written for an ASCII character: its escape, or null when it is written as it is. */
    char[] escape(char c) {
        return ascii[c];
    }

    /** Whether characters beyond ASCII are written as they are (else {@link ValidatedWriter} declines them). */
    boolean othersAsIs() {
        return othersAsIs;
    }
}
