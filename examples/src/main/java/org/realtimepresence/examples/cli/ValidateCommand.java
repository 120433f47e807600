package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import tools.jackson.databind.json.JsonMapper;

/** {@code presence validate}: checks every record of every file against the presence schema. */
@Command(name = "validate",
        description = {"Check presence records against the schema.",
            "A FILE holds one JSON object, a JSON array of records, or JSON Lines; - is standard input.",
            "Text format: one line per invalid record on stdout, FILE:LINE: POINTER: MESSAGE [KEYWORD],"
                    + " several violations joined by \"; \"; a summary on stderr."},
        footer = {"", "Exit codes: 0 all valid, 1 some record invalid, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Mixin
    HelpOption help;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output: text (violations only) or json (one object per record). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Mixin
    Inputs inputs;

    private final JsonMapper json = JsonMapper.builder().build();
    private long records;
    private long invalid;

    @Override
    public Integer call() {
        PrintWriter out = inputs.out();
        PrintWriter err = inputs.err();
        Progress progress = new Progress(err, inputs.terminal());
        List<InputFile> files = inputs.files();
        boolean ioFailed = false;
        for (InputFile file : files) {
            try (InputStream in = file.open(); Stream<Decoded<RealtimePresence>> records = RealtimePresenceJson.lines(in)) {
                records.forEach(record -> check(file.displayName(), record, out, progress));
            } catch (UncheckedIOException e) {
                progress.clear();
                inputs.cannotRead(file, e.getCause());
                ioFailed = true;
            } catch (IOException e) {
                progress.clear();
                inputs.cannotRead(file, e);
                ioFailed = true;
            }
        }
        progress.clear();
        out.flush();
        err.println("presence validate: " + count(records, "record") + " in " + count(files.size(), "file") + ": "
                + (records - invalid) + " valid, " + invalid + " invalid");
        return ioFailed ? 2 : invalid > 0 ? 1 : 0;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void check(String file, Decoded<RealtimePresence> record, PrintWriter out, Progress progress) {
        List<Violation> violations = record.violations();
        records++;
        if (!violations.isEmpty()) {
            invalid++;
        }
        if (format == Format.json || !violations.isEmpty()) {
            progress.clear();
            if (format == Format.json) {
                out.println(json.writeValueAsString(
                        new RecordReport(file + ":" + record.line(), violations.isEmpty(), violations)));
            } else {
                out.println(Diagnostics.line(file, record.line(), violations));
            }
            if (inputs.terminal()) {
                out.flush(); // before progress is drawn again on the same screen
            }
        }
        progress.advance(file, records);
    }

    /** The {@code --format json} line of one record; Jackson writes record components in this order. */
    record RecordReport(String source, boolean valid, List<Violation> violations) {}
}
