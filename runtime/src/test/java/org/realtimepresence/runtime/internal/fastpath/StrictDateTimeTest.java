// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The everyday date-time layout, read from a string and from bytes where they stand, with the same verdict. */
class StrictDateTimeTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-29T23:59:59Z",
                "0001-01-01T00:00:00Z",
                "9999-12-31T23:59:59.123456789+18:00",
                "2023-06-30T12:00:00.5-05:30",
                "2000-02-29T00:00:00+00:00"
            })
    void acceptsTheEverydayLayout(String text) {
        assertThat(StrictDateTime.accepts(text)).isTrue();
        assertThat(inPlace(text)).isTrue();
        assertThat(OffsetDateTime.parse(text)).isNotNull(); // and it binds
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2023-02-29T00:00:00Z", // not a leap year
                "1900-02-29T00:00:00Z",
                "2024-04-31T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "2024-13-01T00:00:00Z",
                "2024-01-01T24:00:00Z",
                "2024-01-01T23:60:00Z",
                "2016-12-31T23:59:60Z", // a leap second: left to networknt
                "2024-01-01t00:00:00Z",
                "2024-01-01T00:00:00z",
                "2024-01-01T00:00:00-00:00",
                "2024-01-01T00:00:00+18:01",
                "2024-01-01T00:00:00+19:00",
                "2024-01-01T00:00:00.Z",
                "2024-01-01T00:00:00.1234567890Z",
                "2024-01-01T00:00:00",
                "2024-01-01T00:00:00+0100",
                "2024-01-01 00:00:00Z",
                "2024-01-0১T00:00:00Z", // a digit beyond ASCII
                "2024-01-01T00:00:00Zx",
                ""
            })
    void leavesEverythingElse(String text) {
        assertThat(StrictDateTime.accepts(text)).isFalse();
        assertThat(inPlace(text)).isFalse();
    }

    /** The bytes amid others, as the scanner meets them. */
    private static boolean inPlace(String text) {
        byte[] bytes = ("\"x\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
        int from = 5;
        return StrictDateTime.accepts(bytes, from, bytes.length - 2);
    }
}
