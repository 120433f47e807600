// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * Coverage-guided fuzzing of each provider adapter through {@link ProviderReader}, as {@code presence normalize}
 * runs them. Whatever the bytes, reading never throws, every problem is a one-line report, and every record it
 * hands on is valid and reads back equal from what the codec writes for it.
 *
 * <p>{@code mvn verify} replays the inputs under {@code src/test/resources/.../ProviderFuzzTestInputs/METHOD};
 * the site guide "Validating your records" says how to fuzz for longer.
 */
class ProviderFuzzTest {

    @FuzzTest
    void ably(byte[] input) throws IOException {
        check(Provider.ABLY, input);
    }

    @FuzzTest
    void pusher(byte[] input) throws IOException {
        check(Provider.PUSHER, input);
    }

    @FuzzTest
    void pubnub(byte[] input) throws IOException {
        check(Provider.PUBNUB, input);
    }

    @FuzzTest
    void phoenix(byte[] input) throws IOException {
        check(Provider.PHOENIX, input);
    }

    @FuzzTest
    void livekit(byte[] input) throws IOException {
        check(Provider.LIVEKIT, input);
    }

    private static void check(Provider provider, byte[] input) throws IOException {
        // A small limit, so the fuzzer also reaches the limit paths with small inputs.
        new ProviderReader(provider, new AdapterContext("fuzz", null), 4_096)
                .read(new ByteArrayInputStream(input), new ProviderReader.Sink() {
                    @Override
                    public void accept(List<RealtimePresence> records) {
                        for (RealtimePresence record : records) {
                            String json = RealtimePresenceJson.write(record);
                            assertThat(RealtimePresenceJson.read(json)).as(json).isEqualTo(record);
                        }
                    }

                    @Override
                    public void reject(String location, String message) {
                        assertThat(message)
                                .startsWith(provider.wireName() + ": ")
                                .doesNotContain("\n");
                    }
                });
    }
}
