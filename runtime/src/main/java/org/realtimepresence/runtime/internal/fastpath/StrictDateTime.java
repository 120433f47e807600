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

    /** Whether {@code text} is in the everyday layout; a {@link CharSequence}, so the byte scanner need not copy. */
    static boolean accepts(CharSequence text) {
        int length = text.length();
        if (length < SECONDS_END + 1
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || text.charAt(10) != 'T'
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return false;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (!within(year, 1, 9999)
                || !within(month, 1, 12)
                || !within(day, 1, daysIn(year, month))
                || !within(digits(text, 11, 13), 0, 23)
                || !within(digits(text, 14, 16), 0, 59)
                || !within(digits(text, 17, 19), 0, 59)) {
            return false;
        }
        int index = SECONDS_END;
        if (text.charAt(index) == '.') {
            int start = ++index;
            while (index < length && isDigit(text.charAt(index))) {
                index++;
            }
            if (index == start || index - start > MAX_FRACTION_DIGITS) {
                return false;
            }
        }
        return offset(text, index);
    }

    private static boolean offset(CharSequence text, int index) {
        int remaining = text.length() - index;
        if (remaining == 1) {
            return text.charAt(index) == 'Z';
        }
        if (remaining != 6 || text.charAt(index + 3) != ':') {
            return false;
        }
        char sign = text.charAt(index);
        int hours = digits(text, index + 1, index + 3);
        int minutes = digits(text, index + 4, index + 6);
        if ((sign != '+' && sign != '-') || !within(hours, 0, MAX_OFFSET_HOURS) || !within(minutes, 0, 59)) {
            return false;
        }
        boolean unknownLocalOffset = sign == '-' && hours == 0 && minutes == 0;
        return !unknownLocalOffset && (hours < MAX_OFFSET_HOURS || (hours == MAX_OFFSET_HOURS && minutes == 0));
    }

    /** The value of the decimal digits in {@code [from, to)}, or -1 when any is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
