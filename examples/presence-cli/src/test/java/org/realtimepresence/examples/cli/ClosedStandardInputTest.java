// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code presence validate - <&-}: a closed standard input is exit code 2 with "standard input is closed",
 * never the JVM's own class image read as records. The detection runs here on a made-up descriptor directory;
 * {@code PresenceJarIT} runs the jar with its standard input really closed.
 */
class ClosedStandardInputTest {

    @TempDir
    Path dir;

    @Test
    void noDescriptorZeroMeansClosed() throws IOException {
        Path fds = Files.createDirectory(dir.resolve("fd"));
        Files.createSymbolicLink(fds.resolve("1"), Path.of("/dev/null"));

        assertThat(ClosedStandardInput.isClosed(fds, image())).isTrue();
    }

    @Test
    void descriptorZeroOnTheJvmsOwnImageMeansClosed() throws IOException {
        Path image = image();
        Path fds = Files.createDirectory(dir.resolve("fd"));
        Files.createSymbolicLink(fds.resolve("0"), image);
        Files.createSymbolicLink(fds.resolve("1"), Path.of("/dev/null"));

        assertThat(ClosedStandardInput.isClosed(fds, image)).isTrue();
    }

    @Test
    void theImageRedirectedOnPurposeIsOpenAsTheJvmHoldsItTwice() throws IOException {
        Path image = image();
        Path fds = Files.createDirectory(dir.resolve("fd"));
        Files.createSymbolicLink(fds.resolve("0"), image);
        Files.createSymbolicLink(fds.resolve("5"), image);

        assertThat(ClosedStandardInput.isClosed(fds, image)).isFalse();
    }

    @Test
    void anyOtherFileOrPipeIsOpen() throws IOException {
        Path fds = Files.createDirectory(dir.resolve("fd"));
        Files.createSymbolicLink(fds.resolve("0"), Path.of("pipe:[4026532]"));

        assertThat(ClosedStandardInput.isClosed(fds, image())).isFalse();
        assertThat(ClosedStandardInput.isClosed(dir.resolve("no-proc"), image()))
                .isFalse();
    }

    @Test
    void everyCommandReportsAClosedStandardInputWithExitTwo() {
        for (String[] command :
                new String[][] {{"validate", "-"}, {"roster", "-"}, {"normalize", "--from", "pubnub", "-"}}) {
            CliRun run = CliRun.runWithInput(ClosedStandardInput.stream(), command);

            assertThat(run.exitCode()).as(command[0]).isEqualTo(2);
            assertThat(run.err())
                    .as(command[0])
                    .contains("presence " + command[0] + ": cannot read <stdin>: standard input is closed");
        }
    }

    private Path image() throws IOException {
        Path image = dir.resolve("modules");
        if (!Files.exists(image)) {
            Files.writeString(image, "jimage");
        }
        return image.toRealPath();
    }
}
