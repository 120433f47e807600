// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** --received-at takes exactly RFC 3339 date-times, as records carry them. */
class Rfc3339ConverterTest {

    private final Rfc3339Converter converter = new Rfc3339Converter();

    @Test
    void acceptsTheFormsRecordsMayCarryKeepingTheOffset() {
        assertThat(converter.convert("2024-05-01t10:00:00.123456789123+05:30"))
                .hasToString("2024-05-01T10:00:00.123456789+05:30");
        assertThat(converter.convert("2016-12-31T23:59:60Z")).hasToString("2016-12-31T23:59:59Z");
    }

    @Test
    void refusesWhatRfc3339DoesNotAllow() {
        for (String bad :
                new String[] {"2024-05-01T10:00Z", "2024-05-01T10:00:00+05", "2024-05-01T10:00:00", "yesterday"}) {
            assertThatThrownBy(() -> converter.convert(bad))
                    .as(bad)
                    .isInstanceOf(TypeConversionException.class)
                    .hasMessageContaining("'" + bad + "' is not an RFC 3339 date-time");
        }
    }
}
