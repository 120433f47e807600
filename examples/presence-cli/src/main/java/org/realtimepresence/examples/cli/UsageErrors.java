// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A usage error of either tool: the one line that says what is wrong, then where to read more, rather than
 * the whole usage text, in which the problem would be hard to find.
 */
public final class UsageErrors implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String name = command.getCommandSpec().qualifiedName();
        PrintWriter err = command.getErr();
        err.println(name + ": " + e.getMessage());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }
}
