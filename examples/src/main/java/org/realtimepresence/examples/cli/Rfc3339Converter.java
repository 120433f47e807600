package org.realtimepresence.examples.cli;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an RFC 3339 date-time, which must have an offset, keeping that offset. */
final class Rfc3339Converter implements ITypeConverter<OffsetDateTime> {

    @Override
    public OffsetDateTime convert(String value) {
        try {
            return OffsetDateTime.parse(value.toUpperCase(Locale.ROOT), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not an RFC 3339 date-time with an offset, such as 2024-05-01T10:00:00Z");
        }
    }
}
