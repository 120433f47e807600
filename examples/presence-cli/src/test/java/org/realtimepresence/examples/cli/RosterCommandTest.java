// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCommandTest {

    @TempDir
    Path dir;

    @Test
    void normalizedSampleFoldsIntoItsSnapshot() {
        CliRun normalized = CliRun.run("normalize", "--from", "pubnub", "../samples/pubnub-2.json");

        CliRun roster = CliRun.runWithInput(normalized.out(), false, "roster", "-");

        assertThat(roster.exitCode()).isZero();
        assertThat(roster.err()).isEmpty();
        assertThat(roster.outLines())
                .containsExactly("{\"channel\":\"TestChannel\",\"clientId\":\"db9c5e39-7c95-40f5-8d71-125765b6f561\","
                        + "\"action\":\"present\",\"data\":{\"key\":\"value\"},\"since\":\"2020-06-01T20:07:04Z\","
                        + "\"occurredAt\":\"2020-06-01T20:07:04Z\"}");
    }

    @Test
    void filesAreFoldedInOrderAndInvalidLinesAreReportedAndSkipped() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");
        Files.writeString(
                first,
                """
                {"channel":"c","clientId":"ann","action":"enter"}
                {"channel":"c","clientId":"bob","action":"enter"}
                {"channel":"c","clientId":"eve","action":"enter","colour":"red"}
                """);
        Files.writeString(
                second,
                """
                {"channel":"c","clientId":"bob","action":"leave"}
                not json
                """);

        CliRun run = CliRun.run("roster", first.toString(), second.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).containsExactly("{\"channel\":\"c\",\"clientId\":\"ann\",\"action\":\"present\"}");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(first + ":3: ").endsWith(" [additionalProperties]");
        assertThat(run.errLines().get(1)).startsWith(second + ":2: ").endsWith(" [syntax]");
    }

    @Test
    void anUnreadableFileWritesNoRosterAndExitsTwo() throws IOException {
        Path first = dir.resolve("first.jsonl");
        Files.writeString(first, "{\"channel\":\"c\",\"clientId\":\"ann\",\"action\":\"enter\"}\n");

        CliRun run =
                CliRun.run("roster", first.toString(), dir.resolve("gone.jsonl").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo("presence roster: cannot read " + dir.resolve("gone.jsonl")
                        + ": no such file; no roster written\n");
    }
}
