package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    private static final Path KAFKA_JAR = Path.of(System.getProperty("presence-kafka.jar", "target/presence-kafka.jar"));
    private static final Path SAMPLES = Path.of(System.getProperty("presence.samples", "samples"));

    private record Result(int exitCode, String out, String err) {}

    private static Result presence(String stdin, String... args) throws IOException, InterruptedException {
        return run(JAR, stdin, args);
    }

    private static List<String> java(Path jar, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static Result run(Path jar, String stdin, String... args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(java(jar, args)).start();
        CompletableFuture<String> out = drain(process.getInputStream());
        CompletableFuture<String> err = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
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
    void normalizePipedIntoRosterGivesTheSnapshot() throws Exception {
        Result normalized = presence("", "normalize", "--from", "pubnub", SAMPLES.resolve("pubnub-2.json").toString());
        Result roster = presence(normalized.out(), "roster", "-");

        assertThat(normalized.exitCode()).isZero();
        assertThat(normalized.out().lines()).hasSize(2);
        assertThat(roster.exitCode()).isZero();
        assertThat(roster.err()).isEmpty();
        assertThat(roster.out()).isEqualTo("{\"channel\":\"TestChannel\",\"clientId\":"
                + "\"db9c5e39-7c95-40f5-8d71-125765b6f561\",\"action\":\"present\",\"data\":{\"key\":\"value\"},"
                + "\"since\":\"2020-06-01T20:07:04Z\",\"occurredAt\":\"2020-06-01T20:07:04Z\"}\n");
    }

    @Test
    void validateReportsBadInputWithExitOne() throws Exception {
        Result result = presence("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n{\"channel\":\"c\"}\n",
                "validate", "-");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out().lines()).isNotEmpty().allMatch(line -> line.startsWith("<stdin>:2: "));
        assertThat(result.err()).isEqualTo("presence validate: 2 records in 1 file: 1 valid, 1 invalid\n");
    }

    @Test
    void unmappableProviderInputIsExitOneWithoutAStackTrace() throws Exception {
        Result result = presence("", "normalize", "--from", "ably", SAMPLES.resolve("ably-3.json").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("ably-3.json:1: ably: (document root): an Ably presence history array"
                + " does not name its channel").doesNotContain("\tat ");
    }

    @Test
    void missingFileIsExitTwo() throws Exception {
        Path missing = Files.createTempDirectory("presence-it").resolve("missing.jsonl");

        Result result = presence("", "roster", missing.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("presence roster: cannot read " + missing + ": no such file; no roster written\n");
    }

    @Test
    void bothJarsPrintTheProjectVersion() throws Exception {
        String version = System.getProperty("project.version");
        Result presence = run(JAR, "", "--version");
        Result kafka = run(KAFKA_JAR, "", "--version");

        assertThat(presence).isEqualTo(new Result(0, "presence " + version + "\n", ""));
        assertThat(kafka).isEqualTo(new Result(0, "presence-kafka " + version + "\n", ""));
    }

    @Test
    void aUsageErrorOfTheKafkaJarIsOneLineAndAHint() throws Exception {
        Result result = run(KAFKA_JAR, "", "--no-such-option");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines()).hasSize(2).last().isEqualTo("Try 'presence-kafka --help' for more information.");
    }

    /** Kafka logs through SLF4J from the start; the jar binds it to nothing, so stderr has only the tool's lines. */
    @Test
    void theKafkaJarPrintsNoSlf4jNotice() throws Exception {
        Path scratch = Files.createTempDirectory("presence-kafka-it");
        Path stderr = scratch.resolve("stderr.txt");
        // Nothing listens on port 1 of the loopback: the client starts, logs, and waits for a broker.
        Process process = new ProcessBuilder(java(KAFKA_JAR, "--bootstrap-servers", "127.0.0.1:1",
                "--state-dir", scratch.resolve("state").toString()))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        try {
            // Kafka has created its loggers once the topology is starting; give up after two minutes.
            for (int wait = 0; wait < 600 && process.isAlive() && !Files.readString(stderr).contains("-> REBALANCING");
                    wait++) {
                Thread.sleep(200);
            }
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("presence-kafka stops on SIGTERM").isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(Files.readAllLines(stderr)).contains("presence-kafka: CREATED -> REBALANCING")
                .noneMatch(line -> line.contains("SLF4J"));
    }
}
