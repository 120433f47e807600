// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;

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
 * <p>A document it did not prove can be read a second time in reporting mode ({@link #violations}): every check
 * that failed there is then reported with {@link ProfiledParser}'s pointer, keyword and message, and the walk goes
 * on. Everything else it declines in that mode too, so an invalid record is answered here only when its every
 * violation is one the parser would report the same way; the rest still goes to the parser. Reporting keeps the
 * pointer of the value being read, which proving does not need.
 *
 * <p>Not thread-safe: it keeps its working arrays from one document to the next; use one per thread.
 */
final class ByteScanner implements ValueRule.Violations {

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
    /** The violations found so far in reporting mode; null while proving, where the first one declines. */
    private List<Violation> reports;
    /**
     * In reporting mode, the pointer of the value being read: per open container a rule looks into, where the
     * current name starts in the input, or the current item's index when the length is {@link #INDEX}.
     */
    private int[] pathStarts = new int[8];

    private int[] pathLengths = new int[8];
    private int pathDepth;
    private static final int INDEX = -1;
    /** Whether the last walk stopped at a value the schema allows but a typed field might refuse. */
    private boolean bindingRisk;

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
        return walk(input, from, to);
    }

    /**
     * The violations of {@code input[from, to)} as networknt reports them, unsorted, when the document is invalid
     * and every violation is one this scanner reports; null when it is valid or anything in it is left to the
     * parser-based path.
     */
    List<Violation> violations(byte[] input, int from, int to) {
        List<Violation> found = new ArrayList<>(2);
        reports = found;
        pathDepth = 0;
        try {
            return walk(input, from, to) && !found.isEmpty() ? found : null;
        } finally {
            reports = null;
        }
    }

    /**
     * Whether the last {@link #accepts} stopped at a value the schema allows but a typed field might refuse: such a
     * document is most likely valid, and a reporting walk would only find nothing to report.
     */
    boolean declinedForBinding() {
        return bindingRisk;
    }

    private boolean walk(byte[] input, int from, int to) {
        if (to <= from || to - from >= maxDocumentBytes) {
            return false;
        }
        bindingRisk = false;
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
        if ((demands.enumKeys != null || demands.hasConst || demands.checksText()) && escaped) {
            throw Declined.INSTANCE; // compared and read here as bytes, where a rule means the unescaped text
        }
        if (demands.enumKeys != null && !member(rule.enumStrings, start, close)) {
            violated("enum", demands.enumMessage);
        }
        // a const that is no string, or that has no UTF-8 form, equals no unescaped string
        if (demands.hasConst
                && (rule.constString == null
                        || rule.constString.length != close - start
                        || !ShortBytes.same(rule.constString, 0, in, start, close - start))) {
            violated("const", demands.constMessage);
        }
        if (demands.checksText()) {
            if (reports != null) {
                reportText(demands, new String(in, start, close - start, StandardCharsets.UTF_8));
            } else {
                text(demands, start, close, (stringFlags & NON_ASCII) == 0);
            }
        }
    }

    /** {@code format}, {@code minLength}, {@code maxLength} and {@code pattern} on an unescaped string. */
    @SuppressWarnings("ReferenceEquality") // DATE_TIME is the one date-time format instance
    private void text(ValueRule rule, int start, int close, boolean ascii) {
        StringFormat format = rule.format;
        if (format == StringFormat.DATE_TIME) {
            if (!ascii || !StrictDateTime.accepts(in, start, close)) {
                throw Declined.INSTANCE;
            }
        } else if (format != null) {
            if (format.bindingRisk() && !bindsAnything) {
                bindingRisk = true;
                throw Declined.INSTANCE;
            }
            if (!format.proves(new String(in, start, close - start, StandardCharsets.UTF_8))) {
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

    /** {@link #text} in reporting mode: each text keyword on its own, as {@link ProfiledParser} checks a string. */
    private void reportText(ValueRule rule, String value) {
        StringFormat format = rule.format;
        // a value networknt accepts but the profile does not prove is not a violation
        if (format != null && !format.proves(value) && format.refuses(value)) {
            violated("format", format.message());
        }
        if (!rule.checkLengthsAndPattern(value, this)) {
            throw Declined.INSTANCE;
        }
    }

    private void literal(ByteRule rule, String word, int kind, Object key) {
        expectWord(word);
        ValueRule demands = rule.rule;
        kind(demands, kind);
        scalar(demands, key);
    }

    /** {@code enum} and {@code const} on a scalar other than a string, by its {@link Scalars} key. */
    private void scalar(ValueRule rule, Object key) {
        if (rule.enumKeys != null && !rule.enumKeys.contains(key)) {
            violated("enum", rule.enumMessage);
        }
        if (rule.hasConst && (rule.constIsContainer || !rule.constKey.equals(key))) {
            violated("const", rule.constMessage);
        }
    }

    private void number(ByteRule rule) {
        int kind = numberEnd();
        ValueRule demands = rule.rule;
        kind(demands, kind);
        if (!bindsAnything && reports == null) {
            bindingRisk = true;
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
                violated(bound.keyword(), bound.message());
            }
        }
        // networknt divides an integer's exact value, as ProfiledParser does
        if (demands.multipleOf != null && value.divideAndRemainder(demands.multipleOf)[1].signum() != 0) {
            violated("multipleOf", demands.multipleOfMessage);
        }
    }

    /** {@code type}, and a decimal where the profile leaves decimals to networknt. */
    private void kind(ValueRule rule, int kind) {
        if (kind == NUMBER && rule.integerSensitive) {
            throw Declined.INSTANCE;
        }
        if (!rule.allows(kind)) {
            violated("type", Messages.format(Messages.TYPE, ValueRule.typeName(kind), rule.typeExpected));
        }
    }

    /**
     * {@code type} of a container, and {@code enum} or {@code const}: a container equals no scalar member, and one
     * that might equal a container member is never decided here.
     */
    private void container(ValueRule rule, int kind) {
        kind(rule, kind);
        if (rule.enumKeys != null) {
            if (rule.enumHasContainers) {
                throw Declined.INSTANCE;
            }
            violated("enum", rule.enumMessage);
        }
        if (rule.hasConst) {
            if (rule.constIsContainer) {
                throw Declined.INSTANCE;
            }
            violated("const", rule.constMessage);
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
        int level = reports != null ? openPath() : -1;
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
                if (level >= 0) {
                    pathStarts[level] = start;
                    pathLengths[level] = length;
                }
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
        if (level >= 0) {
            pathDepth = level; // the object has closed: what follows is said of the object itself
        }
        long missing = demands.required() & ~seen;
        for (int bit = 0; missing != 0 && bit < ObjectRule.MAX_NAMES; bit++) {
            if ((missing & (1L << bit)) != 0) {
                violated(
                        "required",
                        Messages.format(Messages.REQUIRED, demands.names().get(bit)));
            }
        }
        if (demands.minProperties() >= 0 && count < demands.minProperties()) {
            violated("minProperties", Messages.format(Messages.MIN_PROPERTIES, demands.minProperties()));
        }
        if (demands.maxProperties() >= 0 && count > demands.maxProperties()) {
            violated("maxProperties", Messages.format(Messages.MAX_PROPERTIES, demands.maxProperties()));
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
            violated(
                    "additionalProperties",
                    Messages.format(
                            Messages.ADDITIONAL_PROPERTIES, new String(in, start, length, StandardCharsets.UTF_8)));
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
        int level = reports != null ? openPath() : -1;
        Set<Object> unique = demands.unique() ? new HashSet<>() : null;
        int duplicates = 0;
        int count = 0;
        pos++;
        skipWhitespace();
        if (at(pos) == ']') {
            pos++;
        } else {
            while (true) {
                if (level >= 0) {
                    pathStarts[level] = count;
                    pathLengths[level] = INDEX;
                }
                count++;
                if (unique != null && !unique.add(key())) {
                    if (reports == null) {
                        throw Declined.INSTANCE; // uniqueItems
                    }
                    duplicates++;
                }
                value(rule.items, inner, nesting + 1);
                if (endOfMember(']')) {
                    break;
                }
            }
        }
        if (level >= 0) {
            pathDepth = level; // the array has closed: what follows is said of the array itself
        }
        if (demands.minItems() >= 0 && count < demands.minItems()) {
            violated("minItems", Messages.format(Messages.MIN_ITEMS, demands.minItems(), count));
        }
        if (demands.maxItems() >= 0 && count > demands.maxItems()) {
            violated("maxItems", Messages.format(Messages.MAX_ITEMS, demands.maxItems(), count));
        }
        for (int i = 0; i < duplicates; i++) {
            violated("uniqueItems", Messages.UNIQUE_ITEMS);
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

    // ---- reporting ------------------------------------------------------------------------------------------

    /**
     * A check that failed: declines while proving; in reporting mode, records networknt's violation at the current
     * pointer and reads on. A rule without a message for it (which the profile leaves to networknt) declines.
     */
    @Override
    public void violated(String keyword, String message) {
        if (reports == null || message == null) {
            throw Declined.INSTANCE;
        }
        reports.add(new Violation(pointer(), keyword, message));
    }

    /** One more level of the pointer, for a container being entered; its index in the path. */
    private int openPath() {
        if (pathDepth == pathStarts.length) {
            pathStarts = Arrays.copyOf(pathStarts, pathDepth * 2);
            pathLengths = Arrays.copyOf(pathLengths, pathDepth * 2);
        }
        return pathDepth++;
    }

    /** The JSON Pointer of the value being read, as the parser's context spells it. */
    private String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (int level = 0; level < pathDepth; level++) {
            pointer.append('/');
            if (pathLengths[level] == INDEX) {
                pointer.append(pathStarts[level]);
            } else {
                String name = new String(in, pathStarts[level], pathLengths[level], StandardCharsets.UTF_8);
                pointer.append(name.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
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
            if (nameLengths[i] == length && ShortBytes.same(in, nameStarts[i], in, start, length)) {
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
            if (member.length == close - start && ShortBytes.same(member, 0, in, start, close - start)) {
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
