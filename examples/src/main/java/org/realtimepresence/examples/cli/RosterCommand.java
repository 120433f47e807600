package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.realtimepresence.examples.codec.Decoded;
import org.realtimepresence.examples.codec.PresenceCodec;
import org.realtimepresence.examples.input.RawRecord;
import org.realtimepresence.examples.input.RecordFramer;
import org.realtimepresence.examples.roster.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code presence roster}: canonical records in, the current members of every channel out. */
@Command(name = "roster",
        description = {"Fold canonical presence records into who is present now, written as JSON Lines of"
                + " present records sorted by channel, clientId and connectionId.",
            "A FILE holds JSON Lines (or one object, or a JSON array); - is standard input."
                    + " Files are read in order.",
            "Invalid records are reported on stderr as FILE:LINE: POINTER: MESSAGE [KEYWORD] and skipped."},
        footer = {"", "Exit codes: 0 all records valid, 1 some record skipped as invalid, 2 usage or I/O error"
                + " (then no roster is written)."})
final class RosterCommand implements Callable<Integer> {

    @Mixin
    HelpOption help;

    @Mixin
    Inputs inputs;

    private final PresenceCodec codec = PresenceCodec.standard();
    private boolean skipped;

    @Override
    public Integer call() {
        PrintWriter err = inputs.err();
        Roster roster = new Roster();
        for (InputFile file : inputs.files()) {
            try (InputStream in = file.open()) {
                new RecordFramer().frame(in, raw -> apply(file.displayName(), raw, roster, err));
            } catch (IOException e) {
                inputs.cannotRead(file, InputFile.describe(e) + "; no roster written");
                return 2;
            }
        }
        PrintWriter out = inputs.out();
        roster.snapshot().forEach(member -> out.println(codec.write(member)));
        return skipped ? 1 : 0;
    }

    private void apply(String file, RawRecord raw, Roster roster, PrintWriter err) {
        Decoded decoded = raw.problem() != null ? Decoded.invalid(List.of(raw.problem())) : codec.decode(raw.json());
        if (decoded.isValid()) {
            roster.apply(decoded.record());
        } else {
            decoded.violations().forEach(violation -> err.println(Diagnostics.line(file, raw.line(), violation)));
            skipped = true;
        }
    }
}
