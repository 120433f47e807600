package org.realtimepresence.runtime.internal.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    @ValueSource(strings = {"yesterday", "2024-05-01T10:00:00", "2024-05-01 10:00:00Z", "2024-05-01T10:00Z",
        "2024-05-01T10:00:00+0200", "2024-05-01T10:00:00.Z", "2024-05-01T10:00:00+23:59", "2024-02-30T10:00:00Z",
        "2024-05-01T24:00:00Z", "2024-05-01T10:00:00+02:0", "2024-05-01T10:00:00Zz", "2024-05-01T10:00:00.5", "20x4-05-01T10:00:00Z",
        "2024-05-01T10:00:00 +02:00", "2024-05-01T10:00:00+02-00", ""})
    void refusesWhatItCannotHold(String text) {
        assertThatThrownBy(() -> Rfc3339DateTimes.parse(text)).isInstanceOf(DateTimeException.class);
    }
}
