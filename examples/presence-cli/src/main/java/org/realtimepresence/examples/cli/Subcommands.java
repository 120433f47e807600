// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;

/**
 * The commands under {@code presence}, registered in code rather than in {@link PresenceCommand}'s annotation.
 * Picocli reads the annotations, options and converters of every registered command before it parses anything,
 * and on a cold JVM that is most of a short run: when the first argument names a command, only that command is
 * registered, and {@code presence --version} alone, which prints one line, needs none. Anything else ({@code help}, an
 * option such as {@code --help}, no argument, a typo) registers all of them, so the tool's help and usage errors are
 * the same as ever.
 */
final class Subcommands {

    private Subcommands() {}

    /** Adds to {@code presence} the command that {@code args} names, or all of them in help order, or none. */
    static void register(CommandLine presence, String[] args) {
        switch (args.length > 0 ? args[0] : "") {
            case "validate" -> presence.addSubcommand(new ValidateCommand());
            case "normalize" -> presence.addSubcommand(new NormalizeCommand());
            case "roster" -> presence.addSubcommand(new RosterCommand());
            case "--version" -> {
                if (args.length > 1) {
                    registerAll(presence); // a command after it is still parsed, and may be a usage error
                }
            }
            default -> registerAll(presence);
        }
    }

    private static void registerAll(CommandLine presence) {
        presence.addSubcommand(new ValidateCommand());
        presence.addSubcommand(new NormalizeCommand());
        presence.addSubcommand(new RosterCommand());
        presence.addSubcommand(new HelpCommand());
    }
}
