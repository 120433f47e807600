// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code presence-kafka.jar}, run in a separate JVM: its version, usage errors and stderr. */
class KafkaJarIT {

    private static final Path JAR = Path.of(System.getProperty("presence-kafka.jar", "target/presence-kafka.jar"));

    @TempDir
    Path scratch;

    private static ProcessBuilder java(String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.PIPE);
    }

    /** Runs the jar to its end; returns its exit code, with stdout and stderr in {@code scratch}. */
    private int run(String... args) throws IOException, InterruptedException {
        Process process = java(args)
                .redirectOutput(scratch.resolve("out.txt").toFile())
                .redirectError(scratch.resolve("err.txt").toFile())
                .start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("presence-kafka exits")
                .isTrue();
        return process.exitValue();
    }

    @Test
    void printsTheProjectVersion() throws Exception {
        assertThat(run("--version")).isZero();

        assertThat(Files.readString(scratch.resolve("out.txt")))
                .isEqualTo("presence-kafka " + System.getProperty("project.version") + "\n");
        assertThat(Files.readString(scratch.resolve("err.txt"))).isEmpty();
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() throws Exception {
        assertThat(run("--no-such-option")).isEqualTo(2);

        assertThat(Files.readAllLines(scratch.resolve("err.txt")))
                .hasSize(2)
                .last()
                .isEqualTo("Try 'presence-kafka --help' for more information.");
    }

    /** Kafka logs through SLF4J from the start; the jar binds it to nothing, so stderr has only the tool's lines. */
    @Test
    void printsNoSlf4jNotice() throws Exception {
        Path stderr = scratch.resolve("stderr.txt");
        // Nothing listens on port 1 of the loopback: the client starts, logs, and waits for a broker.
        Process process = java(
                        "--bootstrap-servers",
                        "127.0.0.1:1",
                        "--state-dir",
                        scratch.resolve("state").toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(stderr.toFile())
                .start();
        try {
            // Kafka has created its loggers once the topology is starting; give up after two minutes.
            for (int wait = 0;
                    wait < 600 && process.isAlive() && !Files.readString(stderr).contains("-> REBALANCING");
                    wait++) {
                Thread.sleep(200);
            }
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("presence-kafka stops on SIGTERM")
                    .isTrue();
        } finally {
            process.destroyForcibly();
        }

        assertThat(Files.readAllLines(stderr))
                .contains("presence-kafka: CREATED -> REBALANCING")
                .noneMatch(line -> line.contains("SLF4J"));
    }
}
