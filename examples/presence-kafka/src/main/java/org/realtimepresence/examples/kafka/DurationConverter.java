// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code 250ms}, {@code 1s}, {@code 30m}, {@code 1h}, {@code 2d} or ISO-8601 ({@code PT1H}); positive only. */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SHORT = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

    @Override
    public Duration convert(String value) {
        Duration duration = parse(value);
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("expected a positive duration, got '" + value + "'");
        }
        return duration;
    }

    private static Duration parse(String value) {
        Matcher matcher = SHORT.matcher(value);
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "expected a duration such as 1h, 30m, 1s, 250ms or PT1H, got '" + value + "'");
        }
    }
}
