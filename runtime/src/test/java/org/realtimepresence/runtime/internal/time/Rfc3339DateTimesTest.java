// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

class Rfc3339DateTimesTest {

    @ParameterizedTest
    @CsvSource({
        "2024-05-01T10:00:00Z,                  2024-05-01T10:00:00Z",
        "2024-05-01t10:00:00z,                  2024-05-01T10:00:00Z",
        "2024-05-01t10:00:00.123+02:00,         2024-05-01T10:00:00.123+02:00",
        "1998-12-31T23:59:60Z,                  1998-12-31T23:59:59Z",
        "1998-12-31T15:59:60.123-08:00,         1998-12-31T15:59:59.123-08:00",
        "2024-05-01T10:00:00.1234567891234Z,    2024-05-01T10:00:00.123456789Z",
        "2024-05-01T10:00:00-00:00,             2024-05-01T10:00:00Z",
        "2024-05-01T10:00:00.5-07:30,           2024-05-01T10:00:00.500-07:30",
        "0001-01-01T00:00:00+18:00,             0001-01-01T00:00:00+18:00",
    })
    void bindsEveryFormTheSchemaAccepts(String text, String expected) {
        OffsetDateTime parsed = Rfc3339DateTimes.parse(text);
        assertThat(parsed).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(parsed.getOffset()).isEqualTo(OffsetDateTime.parse(expected).getOffset());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2024-05-01T10:00:00",
                "2024-05-01 10:00:00Z",
                "2024-05-01T10:00Z",
                "2024-05-01T10:00:00+0200",
                "2024-05-01T10:00:00.Z",
                "2024-05-01T10:00:00+23:59",
                "2024-02-30T10:00:00Z",
                "2024-05-01T24:00:00Z",
                "2024-05-01T10:00:00+02:0",
                "2024-05-01T10:00:00Zz",
                "2024-05-01T10:00:00.5",
                "20x4-05-01T10:00:00Z",
                "2024-05-01T10:00:00 +02:00",
                "2024-05-01T10:00:00+02-00",
                ""
            })
    void refusesWhatItCannotHold(String text) {
        assertThatThrownBy(() -> Rfc3339DateTimes.parse(text)).isInstanceOf(DateTimeException.class);
    }

    /**
     * The codec writes date-times without a formatter; on seeded values across years, fractions and offsets the
     * text must be exactly what plain Jackson (and {@code ISO_OFFSET_DATE_TIME}) writes. Rerun another sample with
     * {@code -Dpresence.datetime.seed=N}.
     */
    @Test
    void writesExactlyWhatJacksonWrites() {
        long seed = Long.getLong("presence.datetime.seed", 20261201L);
        SplittableRandom random = new SplittableRandom(seed);
        JsonMapper plain = JsonMapper.builder().build();
        int[] nanoScales = {1, 10, 1_000, 1_000_000, 100_000_000, 1};
        for (int i = 0; i < 20_000; i++) {
            int year = i % 50 == 0 ? random.nextInt(-20_000, 20_000) : random.nextInt(0, 10_000);
            int nanos = i % 3 == 0
                    ? 0
                    : random.nextInt(1_000_000_000 / nanoScales[i % nanoScales.length])
                            * nanoScales[i % nanoScales.length];
            int offsetSeconds = i % 4 == 0
                    ? 0
                    : random.nextInt(-18 * 3600, 18 * 3600 + 1) / (i % 97 == 0 ? 1 : 60) * (i % 97 == 0 ? 1 : 60);
            OffsetDateTime value = OffsetDateTime.of(
                    year,
                    random.nextInt(1, 13),
                    random.nextInt(1, 29),
                    random.nextInt(24),
                    random.nextInt(60),
                    random.nextInt(60),
                    nanos,
                    ZoneOffset.ofTotalSeconds(offsetSeconds));
            String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
            assertThat(Rfc3339DateTimes.format(value))
                    .as("seed %d, value %d", seed, i)
                    .isEqualTo(expected);
            assertThat(plain.writeValueAsString(value))
                    .as("seed %d, value %d", seed, i)
                    .isEqualTo("\"" + expected + "\"");
        }
    }
}
