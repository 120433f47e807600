// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** One in-process run of {@code presence}: what it printed and how it exited. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        return runWithInput("", false, args);
    }

    static CliRun runWithInput(String stdin, boolean terminal, String... args) {
        return run(stdin.getBytes(StandardCharsets.UTF_8), terminal, args);
    }

    /** Standard input given byte for byte, so that it may be broken UTF-8. */
    static CliRun runWithLatin1Input(String bytes, String... args) {
        return run(bytes.getBytes(StandardCharsets.ISO_8859_1), false, args);
    }

    private static CliRun run(byte[] stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = PresenceMain.run(args, new ByteArrayInputStream(stdin), out, err, terminal);
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A run against any standard input, whose standard output fails on every write, as {@code > /dev/full}. */
    static CliRun runWithFullDisk(InputStream stdin, String... args) {
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = PresenceMain.run(args, stdin, full, err, false);
        return new CliRun(exitCode, "", err.toString(StandardCharsets.UTF_8));
    }

    /** A run against any standard input, such as one that fails. */
    static CliRun runWithInput(InputStream stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = PresenceMain.run(args, stdin, out, err, false);
        return new CliRun(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
}
