package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.realtimepresence.examples.input.RawRecord;
import org.realtimepresence.examples.input.RecordFramer;
import org.realtimepresence.model.PresenceJson;
import org.realtimepresence.model.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
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

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json",
            description = "Output: text (violations only) or json (one object per record). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads that check records. Default: the available processors. Output stays in input"
                    + " order, and memory stays bounded whatever the size of the input.")
    Integer threads;

    @Mixin
    Inputs inputs;

    private final JsonMapper json = JsonMapper.builder().build();
    private long records;
    private long invalid;

    /** How the {@code --format json} line of a valid record ends, after its line number. */
    private static final String VALID_JSON_SUFFIX = "\",\"valid\":true,\"violations\":[]}";

    /** One record's verdict and the line to print for it (null when nothing is printed). */
    private record Checked(long line, boolean valid, String output) {}

    @Override
    public Integer call() {
        PrintWriter out = inputs.out();
        PrintWriter err = inputs.err();
        Progress progress = new Progress(err, inputs.terminal());
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
        }
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        List<InputFile> files = inputs.files();
        boolean ioFailed = false;
        for (InputFile file : files) {
            String name = file.displayName();
            String jsonSource = jsonSourcePrefix(name);
            try (InputStream in = file.open();
                    OrderedChecks<RawRecord, Checked> checks = new OrderedChecks<>(workers,
                            raw -> check(name, jsonSource, raw), raw -> raw.json() == null ? 0 : raw.json().length,
                            checked -> report(name, checked, out, progress))) {
                new RecordFramer().frame(in, checks::accept);
                checks.finish();
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

    /** Checks one record; runs on the worker threads, so it touches no state of the command. */
    private Checked check(String file, String jsonSource, RawRecord raw) {
        List<Violation> violations = raw.problem() != null ? List.of(raw.problem()) : PresenceJson.validate(raw.json());
        if (violations.isEmpty()) {
            // A valid record prints nothing in text; in json its line is the same but for the line number.
            return new Checked(raw.line(), true, format == Format.json ? jsonSource + raw.line() + VALID_JSON_SUFFIX : null);
        }
        return new Checked(raw.line(), false, format == Format.json
                ? json.writeValueAsString(new RecordReport(file + ":" + raw.line(), false, violations))
                : Diagnostics.line(file, raw.line(), violations));
    }

    /** Counts and prints one checked record, in input order, on the command's own thread. */
    private void report(String file, Checked checked, PrintWriter out, Progress progress) {
        records++;
        if (!checked.valid()) {
            invalid++;
        }
        if (checked.output() != null) {
            progress.clear();
            out.println(checked.output());
            if (inputs.terminal()) {
                out.flush(); // before progress is drawn again on the same screen
            }
        }
        progress.advance(file, records);
    }

    /** {@code {"source":"FILE:} with FILE escaped as Jackson escapes it, so that only the line number is added. */
    private String jsonSourcePrefix(String file) {
        String source = json.writeValueAsString(new RecordReport(file + ":", true, List.of()));
        return source.substring(0, source.length() - VALID_JSON_SUFFIX.length());
    }

    /** The {@code --format json} line of one record; Jackson writes record components in this order. */
    record RecordReport(String source, boolean valid, List<Violation> violations) {}
}
