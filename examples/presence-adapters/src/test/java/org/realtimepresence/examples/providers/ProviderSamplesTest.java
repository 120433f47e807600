// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled provider sample, normalized and compared with its expected records in
 * {@code src/test/resources/expected/<sample>.jsonl}, which were written by hand from the mapping rules.
 */
class ProviderSamplesTest {

    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path EXPECTED = Path.of("src/test/resources/expected");

    /**
     * The channel for the samples that do not carry one: Ably's history was fetched from channel
     * {@code test} (see SOURCES.md); the Phoenix samples are payloads only.
     */
    private static final Map<String, String> CHANNELS = Map.of(
            "ably-3.json", "test",
            "phoenix-1.json", "room:lobby",
            "phoenix-2.json", "room:lobby",
            "phoenix-4.json", "room:lobby",
            "phoenix-5.json", "room:lobby");

    static Stream<String> samples() throws IOException {
        try (Stream<Path> files = Files.list(SAMPLES)) {
            return files
                    .map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".json"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @Test
    void everySampleIsCoveredAndEveryProviderHasOne() throws IOException {
        List<String> samples = samples().toList();
        assertThat(samples).hasSize(14);
        for (Provider provider : Provider.values()) {
            assertThat(samples).anyMatch(name -> name.startsWith(provider.wireName() + "-"));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleNormalizesToItsExpectedRecords(String sample) throws IOException {
        Provider provider =
                Provider.valueOf(sample.substring(0, sample.indexOf('-')).toUpperCase(Locale.ROOT));
        String expectedFile = sample.replace(".json", ".jsonl");

        List<String> records =
                ProviderTesting.normalize(provider, Files.readString(SAMPLES.resolve(sample)), CHANNELS.get(sample));

        assertThat(records).containsExactlyElementsOf(Files.readAllLines(EXPECTED.resolve(expectedFile)));
    }

    @Test
    void liveKitRoomStartedSamplesHoldNoPresence() throws IOException {
        for (String sample : List.of("livekit-1.json", "livekit-2.json")) {
            assertThat(ProviderTesting.normalize(Provider.LIVEKIT, Files.readString(SAMPLES.resolve(sample))))
                    .as(sample)
                    .isEmpty();
        }
    }

    @Test
    void receiveTimeFillsOnlyMissingProviderTimes() throws IOException {
        String receivedAt = "2024-05-01T10:00:00+02:00";

        assertThat(ProviderTesting.normalize(
                        Provider.PHOENIX,
                        Files.readString(SAMPLES.resolve("phoenix-2.json")),
                        "room:lobby",
                        receivedAt))
                .allMatch(line -> line.endsWith(",\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}"));
        assertThat(ProviderTesting.normalize(
                        Provider.PUBNUB, Files.readString(SAMPLES.resolve("pubnub-1.json")), null, receivedAt))
                .singleElement()
                .asString()
                .endsWith(",\"occurredAt\":\"2016-04-23T22:40:22Z\"}");
    }
}
