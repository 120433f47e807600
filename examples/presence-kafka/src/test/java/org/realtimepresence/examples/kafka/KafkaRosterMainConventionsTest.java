// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code presence-kafka} follows the same command-line conventions as {@code presence}. */
class KafkaRosterMainConventionsTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = KafkaRosterMain.commandLine(new KafkaRosterMain())
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void versionPrintsTheProjectVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).isEqualTo("presence-kafka " + System.getProperty("project.version") + "\n");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void helpCommandShowsTheUsage() {
        assertThat(run("help")).isZero();
        assertThat(out.toString()).startsWith("Usage: presence-kafka ").contains("--bootstrap-servers");
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() {
        assertThat(run("--input-topic", "events")).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString())
                .isEqualTo("presence-kafka: Missing required option:"
                        + " '--bootstrap-servers=HOST:PORT[,HOST:PORT...]'\n"
                        + "Try 'presence-kafka --help' for more information.\n");
    }
}
