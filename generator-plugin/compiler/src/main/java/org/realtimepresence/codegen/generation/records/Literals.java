// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

/** Java literals for text taken from a schema. */
final class Literals {

    private Literals() {}

    /** {@code text} as a Java string literal, quotes included. */
    static String string(String text) {
        StringBuilder literal = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default ->
                    literal.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }
}
