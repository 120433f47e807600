// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.realtimepresence.runtime.CodecLimits;

/**
 * Proves a document valid by walking its UTF-8 bytes against the profile's rules, with no parser, no symbol table
 * and, on the common path, no allocation: a conservative accept filter in front of {@link ProfiledParser}. It
 * says "valid" only when the parser-based fast path would too; for anything else it says nothing, and the caller
 * asks that path, which also reports violations.
 *
 * <p>It declines (returns false) on whatever is unusual, not only on what is invalid: a byte order mark, a NUL,
 * malformed UTF-8 (checked as strictly as the full path's decoder), a control character or DEL in a string, an
 * escape in a property name, an escape that spells a surrogate, an escape in a string a rule reads, a number a
 * rule compares that is not a plain integer within a {@code long}, a long name or number, an object with many
 * names, nesting near the limit, evaluation steps or depth as {@link ProfiledParser} counts them, a rule
 * {@link ByteRules#handles} does not handle, a value that might not bind to a typed field, a repeated name, and
 * trailing content. Every keyword it does check is checked with the profile's own helpers.
 *
 * <p>Not thread-safe: it keeps its working arrays from one document to the next; use one per thread.
 */
final class ByteScanner {

    /** Longest property name read here, far below the parser's own limit. */
    private static final int MAX_NAME_BYTES = 1024;
    /** Longest number read here, far below the parser's own limit. */
    private static final int MAX_NUMBER_BYTES = 64;
    /** Most exponent digits: keeps every decimal within what a BigDecimal holds. */
    private static final int MAX_EXPONENT_DIGITS = 3;
    /** Most digits of an integer read exactly as a {@code long}. */
    private static final int LONG_DIGITS = 18;
    /** Most names in one object besides the rule's own: repeated names are found by a linear scan. */
    private static final int MAX_OTHER_NAMES = 32;
    /** Deepest nesting read here whatever the limits say, as each level is a frame of the Java stack. */
    private static final int MAX_NESTING = 256;

    private static final int STRING = ValueRule.STRING;
    private static final int OBJECT = ValueRule.OBJECT;
    private static final int ARRAY = ValueRule.ARRAY;
    private static final int BOOLEAN = ValueRule.BOOLEAN;
    private static final int NULL = ValueRule.NULL;
    private static final int INTEGER = ValueRule.INTEGER;
    private static final int NUMBER = ValueRule.NUMBER;

    private static final int ESCAPED = 1;
    private static final int NON_ASCII = 2;

    private final ByteRules rules;
    private final boolean bindsAnything;
    private final long maxSteps;
    private final int maxDepth;
    private final int maxNesting;
    private final int maxDocumentBytes;
    private final int refChain;
    private final AsciiText text = new AsciiText();

    private byte[] in;
    private int pos;
    private int end;
    private long steps;
    /** What the last string held ({@link #ESCAPED}, {@link #NON_ASCII}). */
    private int stringFlags;
    /** The last integer's value, when {@link #exact}. */
    private long integer;
    /** Whether the last number was an integer of at most {@link #LONG_DIGITS} digits. */
    private boolean exact;
    /** Names of the open objects that no slot of their rule matched: where each starts and how long it is. */
    private int[] nameStarts = new int[16];

    private int[] nameLengths = new int[16];
    private int names;

    /**
     * @param bindsAnything whether the bound type takes any JSON value, so a value valid for the schema always
     *                      binds; otherwise every value a typed field might refuse is declined
     */
    ByteScanner(ByteRules rules, CodecLimits limits, boolean bindsAnything) {
        this.rules = rules;
        this.bindsAnything = bindsAnything;
        this.maxSteps = limits.maxEvaluationSteps();
        this.maxDepth = limits.maxEvaluationDepth();
        this.maxNesting = limits.maxNestingDepth();
        this.maxDocumentBytes = limits.maxDocumentBytes();
        this.refChain = rules.refChain();
    }

    /** Whether {@code input[from, to)} is proven valid; false means only "not proven here". */
    boolean accepts(byte[] input, int from, int to) {
        if (to <= from || to - from >= maxDocumentBytes) {
            return false;
        }
        in = input;
        pos = from;
        end = to;
        steps = 0;
        names = 0;
        try {
            skipWhitespace();
            value(rules.root(), 0, 0);
            skipWhitespace();
            return pos == end;
        } catch (Declined declined) {
            return false;
        } finally {
            in = null;
            text.clear();
        }
    }

    // ---- values under rules ---------------------------------------------------------------------------------

    /** A value that reaches {@code rule}, as {@link ProfiledParser#nextToken} checks it, counted alike. */
    private void value(ByteRule rule, int depth, int nesting) {
        if (!rule.handled) {
            throw Declined.INSTANCE;
        }
        steps += rule.rule.steps + 2L * refChain;
        if (2 * steps > maxSteps) {
            throw Declined.INSTANCE; // networknt might stop at its step limit
        }
        if (rule.any) {
            freeValue(nesting);
            return;
        }
        switch (at(pos)) {
            case '"' -> string(rule);
            case '{' -> object(rule, depth, nesting);
            case '[' -> array(rule, depth, nesting);
            case 't' -> literal(rule, "true", BOOLEAN, true);
            case 'f' -> literal(rule, "false", BOOLEAN, false);
            case 'n' -> literal(rule, "null", NULL, Scalars.NULL);
            default -> number(rule);
        }
    }

    private void string(ByteRule rule) {
        int start = pos + 1;
        int close = stringEnd(start);
        pos = close + 1;
        ValueRule demands = rule.rule;
        kind(demands, STRING);
        boolean escaped = (stringFlags & ESCAPED) != 0;
        if (demands.enumKeys != null && (escaped || !member(rule.enumStrings, start, close))) {
            throw Declined.INSTANCE;
        }
        if (demands.hasConst
                && (escaped
                        || rule.constString == null
                        || !Arrays.equals(rule.constString, 0, rule.constString.length, in, start, close))) {
            throw Declined.INSTANCE;
        }
        if (demands.checksText()) {
            if (escaped) {
                throw Declined.INSTANCE; // the text a rule reads is the unescaped one
            }
            text(demands, start, close, (stringFlags & NON_ASCII) == 0);
        }
    }

    /** {@code format}, {@code minLength}, {@code maxLength} and {@code pattern} on an unescaped string. */
    @SuppressWarnings("ReferenceEquality") // DATE_TIME is the one date-time format instance
    private void text(ValueRule rule, int start, int close, boolean ascii) {
        StringFormat format = rule.format;
        if (format == StringFormat.DATE_TIME) {
            if (!ascii || !StrictDateTime.accepts(text.at(in, start, close))) {
                throw Declined.INSTANCE;
            }
        } else if (format != null) {
            if ((format.bindingRisk() && !bindsAnything)
                    || !format.proves(new String(in, start, close - start, StandardCharsets.UTF_8))) {
                throw Declined.INSTANCE;
            }
        }
        if (rule.minLength >= 0 || rule.maxLength >= 0) {
            int length = codePoints(start, close);
            if ((rule.minLength >= 0 && length < rule.minLength) || (rule.maxLength >= 0 && length > rule.maxLength)) {
                throw Declined.INSTANCE;
            }
        }
        if (rule.pattern != null
                && (!ascii || !rule.pattern.matcher(text.at(in, start, close)).find())) {
            throw Declined.INSTANCE; // beyond ASCII the engines may differ
        }
    }

    private void literal(ByteRule rule, String word, int kind, Object key) {
        expectWord(word);
        ValueRule demands = rule.rule;
        kind(demands, kind);
        scalar(demands, key);
    }

    /** {@code enum} and {@code const} on a scalar other than a string, by its {@link Scalars} key. */
    private static void scalar(ValueRule rule, Object key) {
        if (rule.enumKeys != null && !rule.enumKeys.contains(key)) {
            throw Declined.INSTANCE;
        }
        if (rule.hasConst && (rule.constIsContainer || !rule.constKey.equals(key))) {
            throw Declined.INSTANCE;
        }
    }

    private void number(ByteRule rule) {
        int kind = numberEnd();
        ValueRule demands = rule.rule;
        kind(demands, kind);
        if (!bindsAnything) {
            throw Declined.INSTANCE; // a typed field may refuse a number the schema allows
        }
        if (!demands.readsNumbers()) {
            return;
        }
        if (kind != INTEGER || !exact) {
            throw Declined.INSTANCE; // only plain integers are compared here
        }
        BigDecimal value = BigDecimal.valueOf(integer);
        scalar(demands, demands.enumKeys != null || demands.hasConst ? Scalars.number(value) : null);
        for (NumberBound bound : demands.bounds) {
            if (bound.crossedBy(value)) {
                throw Declined.INSTANCE;
            }
        }
        // networknt divides an integer's double value, as ProfiledParser does
        if (demands.multipleOf != null
                && BigDecimal.valueOf((double) integer)
                                .divideAndRemainder(demands.multipleOf)[1]
                                .signum()
                        != 0) {
            throw Declined.INSTANCE;
        }
    }

    /** {@code type}, and a decimal where the profile leaves decimals to networknt. */
    private static void kind(ValueRule rule, int kind) {
        if ((kind == NUMBER && rule.integerSensitive) || !rule.allows(kind)) {
            throw Declined.INSTANCE;
        }
    }

    /** A container under a rule that compares it with {@code enum} or {@code const}: never proven here. */
    private static void container(ValueRule rule, int kind) {
        kind(rule, kind);
        if (rule.enumKeys != null || rule.hasConst) {
            throw Declined.INSTANCE;
        }
    }

    private void object(ByteRule rule, int depth, int nesting) {
        container(rule.rule, OBJECT);
        if (rule.object == null) {
            freeValue(nesting);
            return;
        }
        ByteObjectRule object = rule.object;
        ObjectRule demands = object.rule;
        int inner = enter(rule, depth, nesting);
        int base = names;
        long seen = 0;
        int count = 0;
        pos++;
        skipWhitespace();
        if (at(pos) == '}') {
            pos++;
        } else {
            while (true) {
                int start = name();
                int length = pos - 1 - start;
                colon();
                count++;
                int index = object.find(in, start, length);
                ByteRule next = next(object, index, start, length);
                if (index >= 0) {
                    if ((seen & object.bits[index]) != 0) {
                        throw Declined.INSTANCE; // a repeated name
                    }
                    seen |= object.bits[index];
                } else {
                    otherName(base, start, length);
                }
                value(next, inner, nesting + 1);
                if (endOfMember('}')) {
                    break;
                }
            }
        }
        names = base;
        if ((demands.required() & ~seen) != 0
                || (demands.minProperties() >= 0 && count < demands.minProperties())
                || (demands.maxProperties() >= 0 && count > demands.maxProperties())) {
            throw Declined.INSTANCE;
        }
    }

    /** The rule for the value of a name, as {@link ProfiledParser} finds it; declines where it would report. */
    @SuppressWarnings("ReferenceEquality") // UNMATCHED is a sentinel
    private ByteRule next(ByteObjectRule object, int index, int start, int length) {
        ByteRule declared = index >= 0 ? object.declared[index] : null;
        if (object.patterns) {
            String name = new String(in, start, length, StandardCharsets.UTF_8);
            ValueRule rule = object.rule.ruleFor(name, declared != null ? declared.rule : null);
            if (rule == null) {
                throw Declined.INSTANCE; // more than one rule, or a name beyond ASCII
            }
            if (rule != ObjectRule.UNMATCHED) {
                return rules.of(rule);
            }
        } else if (declared != null) {
            return declared;
        }
        if (object.rule.closed()) {
            throw Declined.INSTANCE; // additionalProperties: false
        }
        return object.additional;
    }

    private void array(ByteRule rule, int depth, int nesting) {
        container(rule.rule, ARRAY);
        if (rule.items == null) {
            freeValue(nesting);
            return;
        }
        ArrayRule demands = rule.rule.array;
        int inner = enter(rule, depth, nesting);
        Set<Object> unique = demands.unique() ? new HashSet<>() : null;
        int count = 0;
        pos++;
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
        } else {
            while (true) {
                count++;
                if (unique != null && !unique.add(key())) {
                    throw Declined.INSTANCE; // uniqueItems
                }
                value(rule.items, inner, nesting + 1);
                if (endOfMember(']')) {
                    break;
                }
            }
        }
        if ((demands.minItems() >= 0 && count < demands.minItems())
                || (demands.maxItems() >= 0 && count > demands.maxItems())) {
            throw Declined.INSTANCE;
        }
    }

    /** The {@link Scalars} key of the item at {@link #pos}, without moving; containers and decimals decline. */
    private Object key() {
        int at = pos;
        try {
            switch (at(pos)) {
                case '"' -> {
                    int close = stringEnd(pos + 1);
                    if ((stringFlags & ESCAPED) != 0) {
                        throw Declined.INSTANCE;
                    }
                    return new String(in, at + 1, close - at - 1, StandardCharsets.UTF_8);
                }
                case 't' -> {
                    return true;
                }
                case 'f' -> {
                    return false;
                }
                case 'n' -> {
                    return Scalars.NULL;
                }
                case '{', '[' -> throw Declined.INSTANCE;
                default -> {
                    if (numberEnd() != INTEGER || !exact) {
                        throw Declined.INSTANCE;
                    }
                    return Scalars.number(BigDecimal.valueOf(integer));
                }
            }
        } finally {
            pos = at;
        }
    }

    /** Opens a container a rule looks into, as {@link ProfiledParser}'s {@code push} counts it; its depth. */
    private int enter(ByteRule rule, int depth, int nesting) {
        int inner = depth + rule.rule.depth + refChain;
        if (2 * inner > maxDepth) {
            throw Declined.INSTANCE; // networknt might stop at its depth limit
        }
        nest(nesting);
        return inner;
    }

    // ---- values no rule looks into --------------------------------------------------------------------------

    /** A value checked for syntax, UTF-8, limits and repeated names only. */
    private void freeValue(int nesting) {
        switch (at(pos)) {
            case '"' -> pos = stringEnd(pos + 1) + 1;
            case '{' -> freeObject(nesting);
            case '[' -> freeArray(nesting);
            case 't' -> expectWord("true");
            case 'f' -> expectWord("false");
            case 'n' -> expectWord("null");
            default -> numberEnd();
        }
    }

    private void freeObject(int nesting) {
        nest(nesting);
        int base = names;
        pos++;
        skipWhitespace();
        if (at(pos) == '}') {
            pos++;
        } else {
            while (true) {
                int start = name();
                otherName(base, start, pos - 1 - start);
                colon();
                freeValue(nesting + 1);
                if (endOfMember('}')) {
                    break;
                }
            }
        }
        names = base;
    }

    private void freeArray(int nesting) {
        nest(nesting);
        pos++;
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
            return;
        }
        while (true) {
            freeValue(nesting + 1);
            if (endOfMember(']')) {
                return;
            }
        }
    }

    // ---- syntax ---------------------------------------------------------------------------------------------

    /** One level deeper than {@code nesting}; declines at the parser's nesting limit, before it. */
    private void nest(int nesting) {
        if (nesting + 1 >= maxNesting || nesting + 1 > MAX_NESTING) {
            throw Declined.INSTANCE;
        }
    }

    /** A property name at {@link #pos}, left just past its closing quote; where its bytes start. */
    private int name() {
        if (at(pos) != '"') {
            throw Declined.INSTANCE;
        }
        int start = pos + 1;
        int close = stringEnd(start);
        if ((stringFlags & ESCAPED) != 0 || close - start > MAX_NAME_BYTES) {
            throw Declined.INSTANCE;
        }
        pos = close + 1;
        return start;
    }

    private void colon() {
        skipWhitespace();
        if (at(pos) != ':') {
            throw Declined.INSTANCE;
        }
        pos++;
        skipWhitespace();
    }

    /** After a member: true at the container's {@code close}, false after a comma. */
    private boolean endOfMember(char close) {
        skipWhitespace();
        byte next = at(pos);
        pos++;
        if (next == close) {
            return true;
        }
        if (next != ',') {
            throw Declined.INSTANCE;
        }
        skipWhitespace();
        return false;
    }

    /** Refuses a name already seen in the object whose names start at {@code base}. */
    private void otherName(int base, int start, int length) {
        if (names - base >= MAX_OTHER_NAMES) {
            throw Declined.INSTANCE;
        }
        for (int i = base; i < names; i++) {
            if (nameLengths[i] == length
                    && Arrays.equals(in, nameStarts[i], nameStarts[i] + length, in, start, start + length)) {
                throw Declined.INSTANCE; // a repeated name
            }
        }
        if (names == nameStarts.length) {
            nameStarts = Arrays.copyOf(nameStarts, names * 2);
            nameLengths = Arrays.copyOf(nameLengths, names * 2);
        }
        nameStarts[names] = start;
        nameLengths[names] = length;
        names++;
    }

    private void expectWord(String word) {
        int length = word.length();
        if (end - pos < length) {
            throw Declined.INSTANCE;
        }
        for (int i = 0; i < length; i++) {
            if (in[pos + i] != word.charAt(i)) {
                throw Declined.INSTANCE;
            }
        }
        pos += length;
    }

    /**
     * Moves past a number in RFC 8259's grammar; {@link #INTEGER} or {@link #NUMBER} as the parser would classify
     * it, with {@link #integer} and {@link #exact} set for an integer.
     */
    private int numberEnd() {
        int start = pos;
        int p = pos;
        boolean negative = p < end && in[p] == '-';
        if (negative) {
            p++;
        }
        int digitsStart = p;
        long value = 0;
        if (p < end && in[p] == '0') {
            p++;
        } else if (p < end && in[p] >= '1' && in[p] <= '9') {
            while (p < end && in[p] >= '0' && in[p] <= '9') {
                value = value * 10 + (in[p] - '0');
                p++;
            }
        } else {
            throw Declined.INSTANCE;
        }
        int digits = p - digitsStart;
        boolean decimal = false;
        if (p < end && in[p] == '.') {
            p = digits(p + 1);
            decimal = true;
        }
        if (p < end && (in[p] == 'e' || in[p] == 'E')) {
            p++;
            if (p < end && (in[p] == '+' || in[p] == '-')) {
                p++;
            }
            int exponent = p;
            p = digits(p);
            if (p - exponent > MAX_EXPONENT_DIGITS) {
                throw Declined.INSTANCE;
            }
            decimal = true;
        }
        if (p - start > MAX_NUMBER_BYTES) {
            throw Declined.INSTANCE;
        }
        pos = p;
        exact = !decimal && digits <= LONG_DIGITS;
        integer = negative ? -value : value;
        return decimal ? NUMBER : INTEGER;
    }

    /** Past one or more digits from {@code p}. */
    private int digits(int p) {
        int start = p;
        while (p < end && in[p] >= '0' && in[p] <= '9') {
            p++;
        }
        if (p == start) {
            throw Declined.INSTANCE;
        }
        return p;
    }

    /**
     * The index of the closing quote of the string whose content starts at {@code p}, checking escapes and
     * strict UTF-8 on the way; {@link #stringFlags} says what the string held.
     */
    private int stringEnd(int p) {
        int flags = 0;
        while (true) {
            if (p >= end) {
                throw Declined.INSTANCE;
            }
            int c = in[p];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7F) {
                p++;
            } else if (c == '"') {
                stringFlags = flags;
                return p;
            } else if (c == '\\') {
                p = escape(p + 1);
                flags |= ESCAPED;
            } else if (c < 0) {
                p = utf8(p);
                flags |= NON_ASCII;
            } else {
                throw Declined.INSTANCE; // a control character, DEL or NUL
            }
        }
    }

    /** Past the escape whose letter is at {@code p}; an escaped surrogate declines. */
    private int escape(int p) {
        switch (at(p)) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return p + 1;
            }
            case 'u' -> {
                if (end - p < 5) {
                    throw Declined.INSTANCE;
                }
                int code = 0;
                for (int i = p + 1; i <= p + 4; i++) {
                    int digit = Character.digit(in[i], 16);
                    if (digit < 0) {
                        throw Declined.INSTANCE;
                    }
                    code = code * 16 + digit;
                }
                if (code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE) {
                    throw Declined.INSTANCE; // a lone one is refused by the full path; pairs are rare
                }
                return p + 5;
            }
            default -> throw Declined.INSTANCE;
        }
    }

    /** Past the multi-byte UTF-8 sequence at {@code p}, as strictly as the JDK's reporting decoder reads it. */
    private int utf8(int p) {
        int lead = in[p] & 0xFF;
        if (lead < 0xC2 || lead > 0xF4) {
            throw Declined.INSTANCE; // a continuation byte, an overlong lead, or beyond U+10FFFF
        }
        int length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (end - p < length) {
            throw Declined.INSTANCE;
        }
        int second = in[p + 1] & 0xFF;
        int low = 0x80;
        int high = 0xBF;
        if (lead == 0xE0) {
            low = 0xA0; // overlong
        } else if (lead == 0xED) {
            high = 0x9F; // a surrogate
        } else if (lead == 0xF0) {
            low = 0x90; // overlong
        } else if (lead == 0xF4) {
            high = 0x8F; // beyond U+10FFFF
        }
        if (second < low || second > high) {
            throw Declined.INSTANCE;
        }
        for (int i = p + 2; i < p + length; i++) {
            if ((in[i] & 0xC0) != 0x80) {
                throw Declined.INSTANCE;
            }
        }
        return p + length;
    }

    /** The code points in an unescaped, well-formed UTF-8 string: the bytes that are not continuation bytes. */
    private int codePoints(int start, int close) {
        int count = 0;
        for (int i = start; i < close; i++) {
            if ((in[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    private boolean member(byte[][] members, int start, int close) {
        for (byte[] member : members) {
            if (Arrays.equals(member, 0, member.length, in, start, close)) {
                return true;
            }
        }
        return false;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte c = in[pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private byte at(int p) {
        if (p >= end) {
            throw Declined.INSTANCE;
        }
        return in[p];
    }

    /** Thrown wherever the scanner (or {@link ByteBinding}) stops; stackless, as it is routine. */
    static final class Declined extends RuntimeException {

        private static final long serialVersionUID = 1L;

        @SuppressWarnings("StaticAssignmentOfThrowable") // stackless and immutable, so one instance serves all
        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("not proven by the byte scanner", null, false, false);
        }
    }
}
