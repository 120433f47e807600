// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of {@code presence.jar}. */
public final class PresenceMain {

    // Picocli registers, by reflection, a converter for every java.sql and java.time type it knows, each time it
    // builds a command, and so loads both packages on every start. No option here has such a type (--received-at
    // has its own converter, and a new option of such a type needs one too), so picocli skips them, unless whoever
    // runs the tool set the property to something else.
    static {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
        }
    }

    private PresenceMain() {}

    public static void main(String[] args) {
        CodecWarmUp.startFor(args);
        InputStream stdin = ClosedStandardInput.detect() ? ClosedStandardInput.stream() : System.in;
        // Not System.out: that PrintStream swallows write errors, and a full disk must be exit code 2.
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        System.exit(run(args, stdin, stdout, System.err, StderrTerminal.detect()));
    }

    /**
     * Runs one command line against the given streams, as {@link #main} does against the process's.
     *
     * @param terminal whether a person is watching stderr, so progress may be shown there
     * @return the exit code; 2 with a message on stderr when writing {@code stdout} failed
     */
    public static int run(
            String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr, boolean terminal) {
        StandardOutput output = new StandardOutput(stdout);
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8)));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true);
        CommandLine commandLine = new CommandLine(new PresenceCommand(stdin, output, terminal));
        // Before the settings below, which picocli copies only to the subcommands it already has.
        Subcommands.register(commandLine, args);
        commandLine
                .setOut(out)
                .setErr(err)
                .setParameterExceptionHandler(new UsageErrors())
                .setExecutionExceptionHandler((e, cli, parseResult) -> {
                    // Only a bug gets here; say so in one line rather than with a stack trace.
                    cli.getErr().println("presence " + cli.getCommandName() + ": internal error: " + e);
                    return CommandLine.ExitCode.USAGE;
                });
        try {
            int exitCode = commandLine.execute(args);
            out.flush();
            if (output.failure() != null) {
                err.println(commandName(commandLine) + ": cannot write standard output: " + output.reason());
                return CommandLine.ExitCode.USAGE;
            }
            return exitCode;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** {@code presence validate}, or {@code presence} when no command was given. */
    private static String commandName(CommandLine commandLine) {
        CommandLine.ParseResult parsed = commandLine.getParseResult();
        return parsed != null && parsed.subcommand() != null
                ? "presence " + parsed.subcommand().commandSpec().name()
                : "presence";
    }
}
