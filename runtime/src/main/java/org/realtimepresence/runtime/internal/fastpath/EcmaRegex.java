// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * A conservative test of whether a {@code pattern} means the same in ECMA-262 (what JSON Schema specifies) and in
 * {@code java.util.regex} (what networknt runs here). It admits literals, {@code . ^ $ | ( ) * + ?}, bounded
 * quantifiers, character classes without Java's nested classes or intersections, the group forms {@code (?:},
 * {@code (?=} and {@code (?!}, and the escapes {@code \d \D \w \W \s \S}, {@code \t \n \r \f}, {@code \xHH},
 * {@code \\uHHHH} and escaped punctuation. Anything else (back references, {@code \b}, {@code \p}, named groups,
 * look-behind, inline flags, possessive quantifiers, {@code \Q}) is refused, and the subschema falls back to the
 * full evaluation.
 *
 * <p>Within that syntax the two engines agree on ASCII text; {@code \s}, {@code .} and the character classes
 * differ only beyond it. The fast path therefore applies an admitted pattern to ASCII strings only and leaves any
 * other string to the full evaluation.
 */
final class EcmaRegex {

    private static final String ESCAPABLE = "\\/^$.|?*+()[]{}-";

    private EcmaRegex() {}

    /** Whether {@code regex} stays within the syntax both engines read alike. */
    static boolean portable(String regex) {
        boolean inClass = false;
        boolean quantifiable = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c >= 0x80 || c < 0x20) {
                return false;
            }
            if (c == '\\') {
                int length = escape(regex, i + 1, inClass);
                if (length < 0) {
                    return false;
                }
                i += length;
                quantifiable = true;
                continue;
            }
            if (inClass) {
                if (c == '[' || (c == '&' && i + 1 < regex.length() && regex.charAt(i + 1) == '&')) {
                    return false;
                }
                if (c == ']') {
                    inClass = false;
                    quantifiable = true;
                }
                continue;
            }
            switch (c) {
                case '[' -> {
                    inClass = true;
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
                        return false; // [] and []...] differ between the engines
                    }
                    if (i + 2 < regex.length() && regex.charAt(i + 1) == '^' && regex.charAt(i + 2) == ']') {
                        return false;
                    }
                }
                case '(' -> {
                    if (i + 1 < regex.length() && regex.charAt(i + 1) == '?') {
                        if (i + 2 >= regex.length() || "=!:".indexOf(regex.charAt(i + 2)) < 0) {
                            return false;
                        }
                        i += 2;
                    }
                    quantifiable = false;
                }
                case ')', '.' -> quantifiable = true;
                case '*', '+', '?' -> {
                    if (!quantifiable || possessive(regex, i + 1)) {
                        return false;
                    }
                    i = lazy(regex, i + 1);
                    quantifiable = false;
                }
                case '{' -> {
                    int end = quantifier(regex, i + 1);
                    if (!quantifiable || end < 0 || possessive(regex, end + 1)) {
                        return false;
                    }
                    i = lazy(regex, end + 1);
                    quantifiable = false;
                }
                case '}', ']' -> {
                    return false; // a lone closing brace or bracket: literal in one engine, an error in the other
                }
                case '|', '^', '$' -> quantifiable = false;
                default -> quantifiable = true;
            }
        }
        return !inClass;
    }

    /** The index of the quantifier's last character: {@code at - 1}, or {@code at} when a lazy {@code ?} is there. */
    private static int lazy(String regex, int at) {
        return at < regex.length() && regex.charAt(at) == '?' ? at : at - 1;
    }

    private static boolean possessive(String regex, int at) {
        return at < regex.length() && regex.charAt(at) == '+';
    }

    /** The index of the {@code }} closing a quantifier {@code {n}}, {@code {n,}} or {@code {n,m}}, or -1. */
    private static int quantifier(String regex, int from) {
        int i = digits(regex, from);
        if (i == from) {
            return -1;
        }
        if (i < regex.length() && regex.charAt(i) == ',') {
            i = digits(regex, i + 1);
        }
        return i < regex.length() && regex.charAt(i) == '}' ? i : -1;
    }

    private static int digits(String regex, int from) {
        int i = from;
        while (i < regex.length() && i - from < 6 && Character.isDigit(regex.charAt(i))) {
            i++;
        }
        return i;
    }

    /** How many characters the escape after a backslash at {@code at} takes, or -1 when it is not admitted. */
    private static int escape(String regex, int at, boolean inClass) {
        if (at >= regex.length()) {
            return -1;
        }
        char c = regex.charAt(at);
        if ("dDwWsS".indexOf(c) >= 0) {
            // [\w-.] is a range error in Java and a literal '-' in ECMA-262
            boolean nextToDash = (at >= 2 && regex.charAt(at - 2) == '-')
                    || (at + 1 < regex.length() && regex.charAt(at + 1) == '-');
            return inClass && nextToDash ? -1 : 1;
        }
        if ("tnrf".indexOf(c) >= 0) {
            return 1;
        }
        if (c == 'x') {
            return hex(regex, at + 1, 2) ? 3 : -1;
        }
        if (c == 'u') {
            return hex(regex, at + 1, 4) ? 5 : -1;
        }
        if (ESCAPABLE.indexOf(c) >= 0) {
            return 1;
        }
        return -1;
    }

    private static boolean hex(String regex, int from, int count) {
        if (from + count > regex.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (Character.digit(regex.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether the fast path may apply a portable pattern to {@code text}: ASCII only. */
    static boolean applicable(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
