// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.RecordVerdict;
import org.realtimepresence.runtime.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code presence validate}: checks every record of every file against the presence schema. */
@Command(
        name = "validate",
        description = {
            "Check presence records against the schema.",
            "A FILE holds one JSON object, a JSON array of records, or JSON Lines; - is standard input.",
            "Text format: one line per invalid record on stdout, FILE:LINE: POINTER: MESSAGE [KEYWORD],"
                    + " several violations joined by \"; \"; a summary on stderr."
        },
        footer = {"", "Exit codes: 0 all valid, 1 some record invalid, 2 usage or I/O error."})
final class ValidateCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Mixin
    HelpOption help;

    @Option(
            names = "--format",
            defaultValue = "text",
            paramLabel = "text|json",
            description = "Output: text (violations only) or json (one object per record). Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Threads that check records. Default: the available processors. Output stays in input"
                    + " order, and memory stays bounded whatever the size of the input.")
    Integer threads;

    @Mixin
    Inputs inputs;

    @Spec
    CommandSpec spec;

    /** How the {@code --format json} line of a valid record ends, after its line number. */
    private static final String VALID_JSON_SUFFIX = "\",\"valid\":true,\"violations\":[]}";

    private long records;
    private long invalid;

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
            String validPrefix = format == Format.json ? jsonSourcePrefix(file.displayName()) : null;
            try (InputStream in = file.open();
                    // Verdicts only: a valid record is never bound, as nothing here reads its value.
                    Stream<RecordVerdict> records = RealtimePresenceJson.codec().verdicts(in, workers)) {
                records.forEach(record -> check(file.displayName(), validPrefix, record, out, progress));
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

    private void check(String file, String validPrefix, RecordVerdict record, PrintWriter out, Progress progress) {
        List<Violation> violations = record.violations();
        records++;
        if (!violations.isEmpty()) {
            invalid++;
        }
        if (format == Format.json || !violations.isEmpty()) {
            progress.clear();
            if (format == Format.json && violations.isEmpty()) {
                // The same text Jackson writes for a valid record, without serialising one per record.
                out.append(validPrefix).print(record.line());
                out.println(VALID_JSON_SUFFIX);
            } else if (format == Format.json) {
                out.println(json().writeValueAsString(new RecordReport(file + ":" + record.line(), false, violations)));
            } else {
                out.println(Diagnostics.line(file, record.line(), violations));
            }
            if (inputs.terminal()) {
                out.flush(); // before progress is drawn again on the same screen
            }
        }
        progress.advance(file, records);
    }

    /**
     * Only {@code --format json} writes reports, and building a mapper is a noticeable part of a short run: the
     * holder is initialised on first use, and no field of the command names the mapper's type (picocli would
     * load it while reading the command's fields).
     */
    private static JsonMapper json() {
        return Reports.JSON;
    }

    private static final class Reports {
        static final JsonMapper JSON = JsonMapper.builder().build();
    }

    /**
     * The start of a JSON report, an opening brace and {@code "source":"FILE:}, with FILE escaped as Jackson escapes
     * it, so that only the line number is added.
     */
    private String jsonSourcePrefix(String file) {
        String source = json().writeValueAsString(new RecordReport(file + ":", true, List.of()));
        return source.substring(0, source.length() - VALID_JSON_SUFFIX.length());
    }

    /** The {@code --format json} line of one record; Jackson writes record components in this order. */
    record RecordReport(String source, boolean valid, List<Violation> violations) {}
}
