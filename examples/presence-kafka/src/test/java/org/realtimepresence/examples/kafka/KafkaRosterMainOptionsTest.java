// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The limits' options: their defaults, the duration forms, and wrong values refused with their name. */
class KafkaRosterMainOptionsTest {

    @Test
    void defaultsAreTheDocumentedOnes() {
        KafkaRosterMain main = parse("--bootstrap-servers", "b:9092");

        assertThat(main.settings()).isEqualTo(RosterSettings.DEFAULTS);
    }

    @Test
    void durationsReadShortAndIsoForms() {
        KafkaRosterMain main = parse(
                "--bootstrap-servers",
                "b:9092",
                "--tombstone-retention",
                "2d",
                "--snapshot-interval",
                "250ms",
                "--snapshot-max-members",
                "10");

        assertThat(main.settings().tombstoneRetention()).isEqualTo(Duration.ofDays(2));
        assertThat(main.settings().snapshotInterval()).isEqualTo(Duration.ofMillis(250));
        assertThat(main.settings().snapshotMaxMembers()).isEqualTo(10);
        assertThat(parse("--bootstrap-servers", "b", "--tombstone-retention", "PT90M")
                        .settings()
                        .tombstoneRetention())
                .isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void wrongValuesAreUsageErrorsNamingTheOption() {
        assertThat(usageError("--tombstone-retention", "soon"))
                .contains("--tombstone-retention")
                .contains("expected a duration such as 1h");
        assertThat(usageError("--snapshot-interval", "0s")).contains("expected a positive duration");
        assertThat(usageError("--snapshot-max-members", "-1")).contains("--snapshot-max-members must not be negative");
        assertThat(usageError("--http-port", "70000")).contains("--http-port must be 0 to 65535");
    }

    private static KafkaRosterMain parse(String... args) {
        KafkaRosterMain main = new KafkaRosterMain();
        new CommandLine(main).parseArgs(args);
        return main;
    }

    /** Runs with a bad option; the settings are checked before anything connects. */
    private static String usageError(String option, String value) {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new KafkaRosterMain()).setErr(new PrintWriter(err));
        int exit = command.execute("--bootstrap-servers", "unused:9092", option, value);
        assertThat(exit).as(err.toString()).isEqualTo(2);
        return err.toString();
    }
}
