// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever bytes come in, each command answers with a verdict and an exit code, never a stack trace. */
class HostileInputTest {

    /** Fixed, so a failure reproduces; {@code -Dcli.hostile.seed=N} tries another sample. */
    private static final long SEED = Long.getLong("cli.hostile.seed", 42L);

    private static final String[] FRAGMENTS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"channel\"",
        "\"clientId\"",
        "\"action\"",
        "\"enter\"",
        "\"data\"",
        "\"occurredAt\"",
        "\"2024-05-01T10:00:00Z\"",
        "null",
        "1e999999",
        "-0",
        "\n",
        "\r\n",
        " ",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\u00ff",
        "true",
        "\"x\"",
        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}"
    };

    @Test
    void randomInputNeverEscapesAsAnException() {
        System.out.println("HostileInputTest: seed " + SEED + " (rerun with -Dtest=HostileInputTest"
                + " -Dcli.hostile.seed=" + SEED + ")");
        Random random = new Random(SEED);
        for (int run = 0; run < 100; run++) {
            StringBuilder input = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                input.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            byte[] raw = input.toString().getBytes(StandardCharsets.UTF_8);
            if (random.nextInt(5) == 0 && raw.length > 0) {
                raw[random.nextInt(raw.length)] = (byte) (0x80 | random.nextInt(0x80)); // break the UTF-8
            }
            String text = new String(raw, StandardCharsets.ISO_8859_1);

            for (String[] command : new String[][] {
                {"validate", "-"}, {"roster", "-"}, {"normalize", "--from", "pubnub", "--channel", "c", "-"}
            }) {
                CliRun result = CliRun.runWithLatin1Input(text, command);
                assertThat(result.exitCode()).as("%s on %s", command[0], input).isBetween(0, 1);
                assertThat(result.err()).as("%s on %s", command[0], input).doesNotContain("internal error", "\tat ");
            }
        }
    }
}
