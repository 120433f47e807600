package org.realtimepresence.json;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every RFC 3339 {@code date-time} the schema accepts into an {@link OffsetDateTime}, keeping its offset.
 *
 * <p>{@code java.time} alone refuses three forms that RFC 3339 allows, so they are normalised first:
 * <ul>
 *   <li>lowercase {@code t} and {@code z} are read as {@code T} and {@code Z};</li>
 *   <li>a leap second {@code 23:59:60} binds to {@code 23:59:59} with the same fraction, as
 *       {@link java.time.Instant#parse} does: the Java time-scale has no 61st second;</li>
 *   <li>fractions beyond nanoseconds are truncated to nanoseconds.</li>
 * </ul>
 * An offset of {@code -00:00} ("local offset unknown") binds to UTC and is written back as {@code Z}.
 */
public final class Rfc3339DateTimes {

    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:)(\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})");
    private static final int NANO_DIGITS = 9;

    private Rfc3339DateTimes() {
    }

    /**
     * Parses an RFC 3339 {@code date-time}.
     *
     * @throws DateTimeException when the text is not one
     */
    public static OffsetDateTime parse(String text) {
        Matcher matcher = DATE_TIME.matcher(text.toUpperCase(Locale.ROOT));
        if (!matcher.matches()) {
            throw new DateTimeException("'" + text + "' is not an RFC 3339 date-time such as 2024-05-01T10:00:00Z");
        }
        String second = matcher.group(2).equals("60") ? "59" : matcher.group(2);
        String fraction = matcher.group(3);
        StringBuilder normalised = new StringBuilder(40).append(matcher.group(1)).append(second);
        if (fraction != null) {
            normalised.append('.').append(fraction, 0, Math.min(fraction.length(), NANO_DIGITS));
        }
        normalised.append(matcher.group(4));
        return OffsetDateTime.parse(normalised, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
