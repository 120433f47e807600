// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrTerminalTest {

    @TempDir
    Path dir;

    @Test
    void aDescriptorLinkedToATerminalDeviceIsATerminal() throws IOException {
        assertThat(StderrTerminal.isTerminal(link("pts", Path.of("/dev/pts/3"))))
                .isTrue();
        assertThat(StderrTerminal.isTerminal(link("tty", Path.of("/dev/tty1")))).isTrue();
    }

    @Test
    void aDescriptorLinkedToAFileOrPipeIsNot() throws IOException {
        assertThat(StderrTerminal.isTerminal(link("file", dir.resolve("log.txt"))))
                .isFalse();
        assertThat(StderrTerminal.isTerminal(link("pipe", Path.of("pipe:[4026532]"))))
                .isFalse();
        assertThat(StderrTerminal.isTerminal(dir.resolve("no-such-link"))).isFalse();
    }

    private Path link(String name, Path target) throws IOException {
        return Files.createSymbolicLink(dir.resolve(name), target);
    }
}
