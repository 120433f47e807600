// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.time;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Turns every RFC 3339 {@code date-time} the schema accepts into an {@link OffsetDateTime}, keeping its offset.
 *
 * <p>{@code java.time}'s ISO parser refuses three forms that RFC 3339 allows, so this reads the fixed layout
 * {@code YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)} itself (which is also far cheaper than a formatter):
 * <ul>
 *   <li>lowercase {@code t} and {@code z} are read as {@code T} and {@code Z};</li>
 *   <li>a leap second {@code 23:59:60} binds to {@code 23:59:59} with the same fraction, as
 *       {@link java.time.Instant#parse} does: the Java time-scale has no 61st second;</li>
 *   <li>fractions beyond nanoseconds are truncated to nanoseconds.</li>
 * </ul>
 * An offset of {@code -00:00} ("local offset unknown") binds to UTC and is written back as {@code Z}. Calendar
 * checks (February 30, hour 24, offsets beyond java.time's +-18:00) are left to {@link OffsetDateTime#of}.
 */
public final class Rfc3339DateTimes {

    private static final int NANO_DIGITS = 9;
    private static final int SECONDS_END = 19;

    private Rfc3339DateTimes() {}

    /**
     * Parses an RFC 3339 {@code date-time}.
     *
     * @throws DateTimeException when the text is not one, or names an instant java.time cannot hold
     */
    public static OffsetDateTime parse(String text) {
        if (text.length() < SECONDS_END + 1 || !separatorsMatch(text)) {
            throw notRfc3339(text);
        }
        int second = digits(text, 17, 19);
        int index = SECONDS_END;
        int nanos = 0;
        if (text.charAt(index) == '.') {
            int start = ++index;
            while (index < text.length() && isDigit(text.charAt(index))) {
                if (index - start < NANO_DIGITS) {
                    nanos = nanos * 10 + (text.charAt(index) - '0');
                }
                index++;
            }
            if (index == start) {
                throw notRfc3339(text);
            }
            for (int scale = index - start; scale < NANO_DIGITS; scale++) {
                nanos *= 10;
            }
        }
        ZoneOffset offset = offset(text, index);
        return OffsetDateTime.of(
                digits(text, 0, 4),
                digits(text, 5, 7),
                digits(text, 8, 10),
                digits(text, 11, 13),
                digits(text, 14, 16),
                second == 60 ? 59 : second,
                nanos,
                offset);
    }

    /**
     * Exactly what {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} (Jackson's default for {@code OffsetDateTime})
     * writes, without a formatter: seconds always, a fraction without trailing zeros only when there is one,
     * {@code Z} for UTC. Years outside 0000-9999 and offsets with seconds go to the formatter itself.
     */
    public static String format(OffsetDateTime value) {
        int year = value.getYear();
        int offsetSeconds = value.getOffset().getTotalSeconds();
        if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        }
        char[] text = new char[35];
        put(text, 0, year, 4);
        text[4] = '-';
        put(text, 5, value.getMonthValue(), 2);
        text[7] = '-';
        put(text, 8, value.getDayOfMonth(), 2);
        text[10] = 'T';
        put(text, 11, value.getHour(), 2);
        text[13] = ':';
        put(text, 14, value.getMinute(), 2);
        text[16] = ':';
        put(text, 17, value.getSecond(), 2);
        int length = SECONDS_END;
        int nanos = value.getNano();
        if (nanos != 0) {
            text[length++] = '.';
            int digits = NANO_DIGITS;
            while (nanos % 10 == 0) {
                nanos /= 10;
                digits--;
            }
            put(text, length, nanos, digits);
            length += digits;
        }
        if (offsetSeconds == 0) {
            text[length++] = 'Z';
        } else {
            int minutes = Math.abs(offsetSeconds) / 60;
            text[length] = offsetSeconds < 0 ? '-' : '+';
            put(text, length + 1, minutes / 60, 2);
            text[length + 3] = ':';
            put(text, length + 4, minutes % 60, 2);
            length += 6;
        }
        return new String(text, 0, length);
    }

    /** Writes {@code value} as exactly {@code width} decimal digits, zero-padded. */
    private static void put(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    private static boolean separatorsMatch(String text) {
        char t = text.charAt(10);
        return text.charAt(4) == '-'
                && text.charAt(7) == '-'
                && (t == 'T' || t == 't')
                && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    private static ZoneOffset offset(String text, int index) {
        int remaining = text.length() - index;
        if (remaining == 1 && (text.charAt(index) == 'Z' || text.charAt(index) == 'z')) {
            return ZoneOffset.UTC;
        }
        char sign = remaining == 6 ? text.charAt(index) : ' ';
        if ((sign != '+' && sign != '-') || text.charAt(index + 3) != ':') {
            throw notRfc3339(text);
        }
        int hours = digits(text, index + 1, index + 3);
        int minutes = digits(text, index + 4, index + 6);
        return sign == '+' ? ZoneOffset.ofHoursMinutes(hours, minutes) : ZoneOffset.ofHoursMinutes(-hours, -minutes);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isDigit(c)) {
                throw notRfc3339(text);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static DateTimeException notRfc3339(String text) {
        return new DateTimeException("'" + text + "' is not an RFC 3339 date-time such as 2024-05-01T10:00:00Z");
    }
}
