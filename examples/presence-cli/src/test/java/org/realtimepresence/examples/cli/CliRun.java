package org.realtimepresence.examples.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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

    List<String> outLines() {
        return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n"));
    }

    List<String> errLines() {
        return err.isEmpty() ? List.of() : Arrays.asList(err.split("\n"));
    }
}
