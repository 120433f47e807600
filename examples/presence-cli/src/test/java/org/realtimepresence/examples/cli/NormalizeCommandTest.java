// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NormalizeCommandTest {

    @TempDir
    Path dir;

    @Test
    void bundledSampleGivesItsExpectedJsonLines() throws IOException {
        CliRun run = CliRun.run("normalize", "--from", "pubnub", "../samples/pubnub-2.json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .isEqualTo(
                        Files.readString(Path.of("../presence-adapters/src/test/resources/expected/pubnub-2.jsonl")));
    }

    @Test
    void severalDocumentsInOneInputAreAllMappedWithTheReceiveTime() {
        CliRun run = CliRun.runWithInput(
                """
                {"name":"member_added","channel":"presence-a","user_id":"u1"}
                {"name":"member_removed","channel":"presence-a","user_id":"u1"}
                """,
                false,
                "normalize",
                "--from",
                "pusher",
                "--received-at",
                "2024-05-01T10:00:00+02:00",
                "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines())
                .containsExactly(
                        "{\"channel\":\"presence-a\",\"clientId\":\"u1\",\"action\":\"enter\","
                                + "\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}",
                        "{\"channel\":\"presence-a\",\"clientId\":\"u1\",\"action\":\"leave\","
                                + "\"occurredAt\":\"2024-05-01T10:00:00+02:00\"}");
    }

    @Test
    void outOfRangeTimesAndNumbersAreReportedNotCrashedOn() {
        CliRun time = CliRun.runWithInput(
                """
                {"t":"1","m":[{"c":"ch-pnpres","d":{"action":"join","uuid":"u","timestamp":999999999999999999}}]}
                {"t":"1","m":[{"c":"ch-pnpres","d":{"action":"join","uuid":"v","timestamp":1700000000}}]}
                """,
                false,
                "normalize",
                "--from",
                "pubnub",
                "-");
        CliRun number = CliRun.runWithInput(
                """
                {"t":"1","m":[{"c":"ch-pnpres","d":{"action":"join","uuid":"u","timestamp":1,"x":1e-99999999999}}]}
                """,
                false,
                "normalize",
                "--from",
                "pubnub",
                "-");

        assertThat(time.exitCode()).isEqualTo(1);
        assertThat(time.err())
                .contains("<stdin>:1: pubnub: /m/0/d/timestamp: the timestamp 999999999999999999 is out of range");
        assertThat(time.outLines()).singleElement().asString().contains("\"clientId\":\"v\"");
        assertThat(number.exitCode()).isEqualTo(1);
        assertThat(number.err()).contains("pubnub: a number is out of range").doesNotContain("internal error");
    }

    @Test
    void anUnmappableDocumentIsReportedWithFileLineAndReasonAndGivesNoRecords() {
        CliRun run = CliRun.runWithInput(
                """
                {"action":"join","uuid":"u1","timestamp":1700000000}
                {"action":"join","timestamp":1700000000}
                {"action":"leave","uuid":"u1","timestamp":1700000001}
                """,
                false,
                "normalize",
                "--from",
                "pubnub",
                "--channel",
                "lobby",
                "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines())
                .extracting(line -> line.substring(line.indexOf("\"action\"")))
                .containsExactly(
                        "\"action\":\"enter\",\"occurredAt\":\"2023-11-14T22:13:20Z\"}",
                        "\"action\":\"leave\",\"occurredAt\":\"2023-11-14T22:13:21Z\"}");
        assertThat(run.err()).isEqualTo("<stdin>:2: pubnub: /uuid: missing; expected a string\n");
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"event\": \"participant_joined\",\n  \"room\": {\"name\": }\n}\n");

        CliRun run = CliRun.run("normalize", "--from", "livekit", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(file + ":3:20: livekit: not valid JSON: Unexpected character ('}'");
    }

    @Test
    void duplicateKeysInAPayloadAreRejected() {
        CliRun run = CliRun.runWithInput(
                "{\"name\":\"member_added\",\"name\":\"member_removed\",\"channel\":\"c\"," + "\"user_id\":\"u\"}",
                false,
                "normalize",
                "--from",
                "pusher",
                "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("<stdin>:1:", "not valid JSON: Duplicate Object property \"name\"");
    }

    @Test
    void badOptionsAndMissingFilesExitTwo() {
        CliRun badTime = CliRun.run("normalize", "--from", "ably", "--received-at", "2024-05-01T10:00:00", "x");
        CliRun noProvider = CliRun.run("normalize", "../samples/ably-1.json");
        CliRun missing = CliRun.run("normalize", "--from", "ably", "no-such-file.json");

        assertThat(badTime.exitCode()).isEqualTo(2);
        assertThat(badTime.err())
                .contains(
                        "'2024-05-01T10:00:00' is not an RFC 3339 date-time with an offset, such as 2024-05-01T10:00:00Z");
        assertThat(noProvider.exitCode()).isEqualTo(2);
        assertThat(noProvider.err())
                .isEqualTo(
                        """
                presence normalize: Missing required option: '--from=PROVIDER'
                Try 'presence normalize --help' for more information.
                """);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("presence normalize: cannot read no-such-file.json: no such file\n");
    }
}
