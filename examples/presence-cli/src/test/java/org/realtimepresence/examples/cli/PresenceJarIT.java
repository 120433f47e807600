// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged {@code presence.jar}, run as the README runs it, in a separate JVM. */
class PresenceJarIT {

    private static final Path JAR = Path.of(System.getProperty("presence.jar", "target/presence.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("presence.samples", "../samples"));

    private record Result(int exitCode, String out, String err) {}

    private static Result presence(String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("presence exits").isTrue();
        return new Result(process.exitValue(), out.join(), err.join());
    }

    /** Runs {@code sh -c SCRIPT} with {@code "$@"} standing for {@code java -jar presence.jar ARGS...}. */
    private static Result shell(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                script,
                "sh",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("presence exits").isTrue();
        return new Result(process.exitValue(), out.join(), err.join());
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Test
    void jarIsRunnableAndShowsHelp() throws Exception {
        Result help = presence("", "--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: presence ").contains("validate", "normalize", "roster");
        assertThat(help.err()).isEmpty();
    }

    @Test
    void printsTheProjectVersion() throws Exception {
        Result result = presence("", "--version");

        assertThat(result).isEqualTo(new Result(0, "presence " + System.getProperty("project.version") + "\n", ""));
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() throws Exception {
        Result result = presence("", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines()).hasSize(2).last().isEqualTo("Try 'presence --help' for more information.");
    }

    @Test
    void normalizePipedIntoRosterGivesTheSnapshot() throws Exception {
        Result normalized = presence(
                "",
                "normalize",
                "--from",
                "pubnub",
                SAMPLES.resolve("pubnub-2.json").toString());
        Result roster = presence(normalized.out(), "roster", "-");

        assertThat(normalized.exitCode()).isZero();
        assertThat(normalized.out().lines()).hasSize(2);
        assertThat(roster.exitCode()).isZero();
        assertThat(roster.err()).isEmpty();
        assertThat(roster.out())
                .isEqualTo("{\"channel\":\"TestChannel\",\"clientId\":"
                        + "\"db9c5e39-7c95-40f5-8d71-125765b6f561\",\"action\":\"present\",\"data\":{\"key\":\"value\"},"
                        + "\"since\":\"2020-06-01T20:07:04Z\",\"occurredAt\":\"2020-06-01T20:07:04Z\"}\n");
    }

    @Test
    void validateReportsBadInputWithExitOne() throws Exception {
        Result result = presence(
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n{\"channel\":\"c\"}\n", "validate", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("<stdin>:2: "));
        assertThat(result.err()).isEqualTo("presence validate: 2 records in 1 file: 1 valid, 1 invalid\n");
    }

    @Test
    void unmappableProviderInputIsExitOneWithoutAStackTrace() throws Exception {
        Result result = presence(
                "",
                "normalize",
                "--from",
                "ably",
                SAMPLES.resolve("ably-3.json").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .contains("ably-3.json:2: ably: /0: a message of an Ably presence history array"
                        + " does not name its channel")
                .doesNotContain("\tat ");
    }

    @Test
    void missingFileIsExitTwo() throws Exception {
        Path missing = Files.createTempDirectory("presence-it").resolve("missing.jsonl");

        Result result = presence("", "roster", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("presence roster: cannot read " + missing + ": no such file; no roster written\n");
    }

    @Test
    void aClosedStandardInputIsExitTwo() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux only");

        Result result = shell("exec \"$@\" <&-", "validate", "-");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err())
                .isEqualTo(
                        """
                presence validate: cannot read <stdin>: standard input is closed
                presence validate: 0 records in 1 file: 0 valid, 0 invalid
                """);
    }

    @Test
    void aFullDiskIsExitTwoForEveryCommand() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        String pubnub = SAMPLES.resolve("pubnub-2.json").toString();
        Path records = Files.createTempDirectory("presence-it").resolve("records.jsonl");
        Files.writeString(records, "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n");

        Result normalize = shell("exec \"$@\" > /dev/full", "normalize", "--from", "pubnub", pubnub);
        Result roster = shell("exec \"$@\" > /dev/full", "roster", records.toString());
        Result validate = shell("exec \"$@\" > /dev/full", "validate", "--format", "json", records.toString());

        assertThat(normalize.exitCode()).isEqualTo(2);
        assertThat(normalize.err())
                .isEqualTo("presence normalize: cannot write standard output: No space left on device\n");
        assertThat(roster.exitCode()).isEqualTo(2);
        assertThat(roster.err()).isEqualTo("presence roster: cannot write standard output: No space left on device\n");
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err())
                .endsWith("presence validate: cannot write standard output: No space left on device\n");
    }

    /** The issue's case: one 100 MB PubNub subscribe response used to need about 5 GB; now 1 GB of heap is plenty. */
    @Test
    void aHundredMegabyteProviderDocumentNormalizesInOneGigabyteOfHeap() throws Exception {
        Path dir = Files.createTempDirectory("presence-it");
        Path big = dir.resolve("pubnub-100mb.json");
        int events = writePubNubDocument(big, 100_000_000L);
        Path out = dir.resolve("records.jsonl");

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx1g",
                        "-jar",
                        JAR.toString(),
                        "normalize",
                        "--from",
                        "pubnub",
                        big.toString())
                .redirectOutput(out.toFile())
                .start();
        process.getOutputStream().close();
        String err = drain(process.getErrorStream()).join();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("presence exits").isTrue();

        assertThat(err).isEmpty();
        assertThat(process.exitValue()).isZero();
        try (var lines = Files.lines(out)) {
            assertThat(lines.count()).isEqualTo(events);
        }
        Files.delete(big);
        Files.delete(out);
    }

    /** A subscribe response of at least {@code size} bytes, written as it is made; returns its number of events. */
    private static int writePubNubDocument(Path file, long size) throws IOException {
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(file), 1 << 16)) {
            out.write("{\"t\":{\"t\":\"17000000000000000\",\"r\":1},\"m\":[");
            long written = 0;
            int events = 0;
            while (written < size) {
                String event = (events == 0 ? "" : ",") + "{\"a\":\"1\",\"f\":0,\"p\":{\"t\":\"1\",\"r\":1},"
                        + "\"c\":\"room-" + (events % 100) + "-pnpres\",\"d\":{\"action\":\"join\",\"uuid\":\"user-"
                        + events + "\",\"timestamp\":1700000000,\"occupancy\":" + events
                        + ",\"data\":{\"mood\":\"ok\"}}}";
                out.write(event);
                written += event.length();
                events++;
            }
            out.write("]}\n");
            return events;
        }
    }
}
