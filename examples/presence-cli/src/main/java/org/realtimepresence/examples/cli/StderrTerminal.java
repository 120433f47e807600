// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal. Java 17 has no direct test: {@code System.console()} looks at
 * standard input and output, so {@code presence validate big.jsonl > report.txt} would hide progress from a
 * person watching stderr, and {@code 2> log} would write progress into the log. On Linux the file
 * descriptor's link says where stderr goes; elsewhere the console is the best guess left.
 */
final class StderrTerminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private StderrTerminal() {}

    // Java 17's console is null without a terminal on standard input and output, which is the guess wanted here.
    @SuppressWarnings("SystemConsoleNull")
    static boolean detect() {
        return Files.isSymbolicLink(STDERR_LINK) ? isTerminal(STDERR_LINK) : System.console() != null;
    }

    /** True when {@code descriptorLink} points at a terminal device. */
    static boolean isTerminal(Path descriptorLink) {
        try {
            String target = Files.readSymbolicLink(descriptorLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
