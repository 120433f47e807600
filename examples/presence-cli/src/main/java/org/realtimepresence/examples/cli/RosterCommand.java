// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.realtimepresence.examples.roster.Roster;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.Decoded;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code presence roster}: canonical records in, the current members of every channel out. */
@Command(
        name = "roster",
        description = {
            "Fold canonical presence records into who is present now, written as JSON Lines of"
                    + " present records sorted by channel, clientId and connectionId.",
            "A FILE holds JSON Lines (or one object, or a JSON array); - is standard input."
                    + " Files are read in order.",
            "Invalid records are skipped and reported on stderr, one line each: FILE:LINE: POINTER: MESSAGE"
                    + " [KEYWORD], several violations joined by \"; \"."
        },
        footer = {
            "",
            "Exit codes: 0 all records valid, 1 some record skipped as invalid, 2 usage or I/O error"
                    + " (then no roster is written)."
        })
final class RosterCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    Inputs inputs;

    private boolean skipped;

    @Override
    public Integer call() {
        PrintWriter err = inputs.err();
        Roster roster = new Roster();
        for (InputFile file : inputs.files()) {
            try (InputStream in = file.open();
                    Stream<Decoded<RealtimePresence>> records = RealtimePresenceJson.lines(in)) {
                records.forEach(record -> apply(file.displayName(), record, roster, err));
            } catch (UncheckedIOException e) {
                inputs.cannotRead(file, InputFile.describe(e.getCause()) + "; no roster written");
                return 2;
            } catch (IOException e) {
                inputs.cannotRead(file, InputFile.describe(e) + "; no roster written");
                return 2;
            }
        }
        PrintWriter out = inputs.out();
        roster.snapshot().forEach(member -> out.println(RealtimePresenceJson.write(member)));
        return skipped ? 1 : 0;
    }

    private void apply(String file, Decoded<RealtimePresence> record, Roster roster, PrintWriter err) {
        record.value().ifPresentOrElse(roster::apply, () -> {
            err.println(Diagnostics.line(file, record.line(), record.violations()));
            skipped = true;
        });
    }
}
