// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** What every command shares: its {@code FILE...} arguments and the process's streams. */
final class Inputs {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Input files, read in order; - for standard input.")
    List<String> arguments;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    List<InputFile> files() {
        PresenceCommand tool = tool();
        return arguments.stream()
                .map(argument -> new InputFile(argument, tool.stdin()))
                .toList();
    }

    /** Whether a person is watching, so progress may be shown on stderr. */
    boolean terminal() {
        return tool().terminal();
    }

    /**
     * Whether standard output can no longer be written (a full disk, a closed pipe); the command may stop
     * early, and {@link PresenceMain} reports it with exit code 2.
     */
    boolean outputFailed() {
        return tool().outputFailed();
    }

    PrintWriter out() {
        return command.commandLine().getOut();
    }

    PrintWriter err() {
        return command.commandLine().getErr();
    }

    /** Reports on stderr that a file could not be read. */
    void cannotRead(InputFile file, String reason) {
        err().println("presence " + command.name() + ": cannot read " + file.displayName() + ": " + reason);
    }

    void cannotRead(InputFile file, IOException e) {
        cannotRead(file, InputFile.describe(e));
    }

    private PresenceCommand tool() {
        return (PresenceCommand) command.root().userObject();
    }
}
