// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * A deliberately narrow RFC 3339 {@code date-time} check: it accepts only the everyday layout
 * {@code YYYY-MM-DDThh:mm:ss[.1-9 digits](Z|+hh:mm|-hh:mm)} with uppercase {@code T} and {@code Z}, a real
 * calendar date from year 0001, seconds up to 59 and offsets within java.time's +-18:00 other than {@code -00:00}.
 * Everything rarer (leap seconds, lowercase letters, {@code -00:00}, long fractions) is left to networknt, so this
 * check can never accept what networknt's {@code format} refuses or what binding would reject.
 */
final class StrictDateTime {

    private static final int SECONDS_END = 19;
    private static final int MAX_FRACTION_DIGITS = 9;
    private static final int MAX_OFFSET_HOURS = 18;

    private StrictDateTime() {}

    /** The longest text in the layout: seconds, nine fraction digits and a numeric offset. */
    private static final int MAX_LENGTH = SECONDS_END + 1 + MAX_FRACTION_DIGITS + 6;

    /** Whether {@code text} is in the everyday layout. */
    static boolean accepts(String text) {
        int length = text.length();
        if (length > MAX_LENGTH) {
            return false;
        }
        byte[] ascii = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return false; // the layout is ASCII
            }
            ascii[i] = (byte) c;
        }
        return accepts(ascii, 0, length);
    }

    /**
     * Whether the ASCII bytes {@code in[from, to)} are in the everyday layout: read where they stand, as the byte
     * scanner finds them, with no copy and no call per character.
     */
    static boolean accepts(byte[] in, int from, int to) {
        int length = to - from;
        if (length < SECONDS_END + 1
                || length > MAX_LENGTH
                || in[from + 4] != '-'
                || in[from + 7] != '-'
                || in[from + 10] != 'T'
                || in[from + 13] != ':'
                || in[from + 16] != ':') {
            return false;
        }
        int century = twoDigits(in, from);
        int yearOfCentury = twoDigits(in, from + 2);
        int year = century < 0 || yearOfCentury < 0 ? -1 : century * 100 + yearOfCentury;
        int month = twoDigits(in, from + 5);
        if (!within(year, 1, 9999)
                || !within(month, 1, 12)
                || !within(twoDigits(in, from + 8), 1, daysIn(year, month))
                || !within(twoDigits(in, from + 11), 0, 23)
                || !within(twoDigits(in, from + 14), 0, 59)
                || !within(twoDigits(in, from + 17), 0, 59)) {
            return false;
        }
        int index = from + SECONDS_END;
        if (in[index] == '.') {
            int start = ++index;
            while (index < to && isDigit(in[index])) {
                index++;
            }
            if (index == start || index - start > MAX_FRACTION_DIGITS) {
                return false;
            }
        }
        return offset(in, index, to);
    }

    private static boolean offset(byte[] in, int index, int to) {
        int remaining = to - index;
        if (remaining == 1) {
            return in[index] == 'Z';
        }
        if (remaining != 6 || in[index + 3] != ':') {
            return false;
        }
        byte sign = in[index];
        int hours = twoDigits(in, index + 1);
        int minutes = twoDigits(in, index + 4);
        if ((sign != '+' && sign != '-') || !within(hours, 0, MAX_OFFSET_HOURS) || !within(minutes, 0, 59)) {
            return false;
        }
        boolean unknownLocalOffset = sign == '-' && hours == 0 && minutes == 0;
        return !unknownLocalOffset && (hours < MAX_OFFSET_HOURS || (hours == MAX_OFFSET_HOURS && minutes == 0));
    }

    /**
     * The value of the two decimal digits at {@code at}, or -1 when either is not a digit. No loop: every field of
     * the layout is two digits wide, and this check runs on every date-time of every record.
     */
    private static int twoDigits(byte[] in, int at) {
        int tens = in[at] - '0';
        int ones = in[at + 1] - '0';
        return (tens | ones) >= 0 && tens <= 9 && ones <= 9 ? tens * 10 + ones : -1;
    }

    private static boolean within(int value, int min, int max) {
        return value >= min && value <= max;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
