package org.realtimepresence.examples.cli;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code presence.jar}. */
public final class PresenceMain {

    private PresenceMain() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err, StderrTerminal.detect()));
    }

    /**
     * Runs one command line against the given streams, as {@link #main} does against the process's.
     *
     * @param terminal whether a person is watching stderr, so progress may be shown there
     * @return the exit code
     */
    public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr,
            boolean terminal) {
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new PresenceCommand(stdin, terminal))
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler((e, cli, parseResult) -> {
                    // Only a bug gets here; say so in one line rather than with a stack trace.
                    cli.getErr().println("presence " + cli.getCommandName() + ": internal error: " + e);
                    return CommandLine.ExitCode.USAGE;
                });
        try {
            return commandLine.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
