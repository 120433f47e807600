// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code presence}: the parent of the three commands, holding what they share about the process. */
@Command(
        name = "presence",
        description = "Check, normalize and fold realtime presence records.",
        versionProvider = ToolVersion.class,
        // The subcommands are registered by Subcommands, which builds only the one the command line names.
        footer = {"", "Exit codes: 0 all good, 1 invalid or unmappable input, 2 usage or I/O error."})
final class PresenceCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;
    private final StandardOutput stdout;
    private final boolean terminal;

    PresenceCommand(InputStream stdin, StandardOutput stdout, boolean terminal) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.terminal = terminal;
    }

    InputStream stdin() {
        return stdin;
    }

    /** Whether writing standard output has failed, so that nothing more is worth computing. */
    boolean outputFailed() {
        return stdout.failure() != null;
    }

    boolean terminal() {
        return terminal;
    }

    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(), "Missing command: give one of validate, normalize, roster, help");
    }
}
