// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.SeededPresence;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared generator's records are what the codec reads and writes: its valid shapes are valid and written
 * exactly as {@code write} writes them, and each broken variant is reported with the keyword of the rule it
 * breaks; plain Jackson binds the same values. The other modules' tests and benchmarks rely on this.
 */
class SeededPresenceMatchesTheCodecTest {

    private static final List<String> BROKEN_KEYWORDS =
            List.of("enum", "required", "additionalProperties", "type", "format");

    @Test
    void providerRecordsAreValidAndInTheCodecsOwnForm() {
        JsonMapper plain = JsonMapper.builder().build();
        List<String> records = new SeededPresence(SeededPresence.DEFAULT_SEED).distinctProviderRecords(1_000);

        for (int i = 0; i < records.size(); i++) {
            String record = records.get(i);
            assertThat(RealtimePresenceJson.validate(record)).as(record).isEmpty();
            assertThat(RealtimePresenceJson.write(RealtimePresenceJson.read(record)))
                    .isEqualTo(record);
            // DecodeBenchmark's baseline binds them with plain Jackson: it must bind the same values.
            assertThat(plain.readValue(record, RealtimePresence.class)).isEqualTo(RealtimePresenceJson.read(record));
            String broken = SeededPresence.breakOneRule(record, i);
            assertThat(RealtimePresenceJson.validate(broken))
                    .as(broken)
                    .extracting(Violation::keyword)
                    .contains(BROKEN_KEYWORDS.get(i % 5));
        }
    }

    @Test
    void historiesAreValidAndInTheCodecsOwnForm() {
        Random random = new Random(SeededPresence.DEFAULT_SEED);
        OffsetDateTime start = OffsetDateTime.parse("2024-05-01T10:00:00+02:00");
        for (int run = 0; run < 100; run++) {
            for (String record : new SeededPresence(random)
                    .history(
                            "run" + run + "-",
                            40,
                            i -> random.nextInt(5) == 0 ? null : start.plusSeconds(random.nextInt(20)),
                            true)) {
                assertThat(RealtimePresenceJson.validate(record)).as(record).isEmpty();
                assertThat(RealtimePresenceJson.write(RealtimePresenceJson.read(record)))
                        .isEqualTo(record);
            }
        }
    }
}
