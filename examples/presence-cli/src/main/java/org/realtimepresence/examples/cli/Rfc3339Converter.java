// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.realtimepresence.runtime.internal.time.Rfc3339DateTimes;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an RFC 3339 date-time, which must have an offset, keeping that offset. It uses the codec's own
 * reader, so the option accepts the forms records may carry (lowercase t/z, long fractions, a leap second)
 * and refuses what RFC 3339 does not allow (no seconds, an offset without minutes).
 */
final class Rfc3339Converter implements ITypeConverter<OffsetDateTime> {

    @Override
    public OffsetDateTime convert(String value) {
        try {
            return Rfc3339DateTimes.parse(value);
        } catch (DateTimeException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not an RFC 3339 date-time with an offset, such as 2024-05-01T10:00:00Z");
        }
    }
}
