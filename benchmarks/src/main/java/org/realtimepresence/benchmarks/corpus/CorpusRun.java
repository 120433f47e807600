// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.CodegenRequest;
import org.realtimepresence.codegen.CodegenResult;
import org.realtimepresence.codegen.SchemaCodegen;
import org.realtimepresence.codegen.schema.KeywordCoverage;
import org.realtimepresence.codegen.schema.SchemaFile;
import org.realtimepresence.codegen.schema.SchemaReader;
import org.realtimepresence.runtime.internal.fastpath.SchemaProfile;
import tools.jackson.databind.JsonNode;

/**
 * Runs the generator and javac over every schema of a corpus directory laid out as
 * {@code shared/schemastore-dev} is ({@code schemas/} plus sibling files in {@code deps/}), and writes
 * the per-schema table into the results section of a Markdown report.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.realtimepresence.benchmarks.corpus.CorpusRun
 *     [corpusDirectory=../shared/schemastore-dev] [report=CORPUS.md] [keepOutputsIn]</pre>
 *
 * <p>Each schema is generated alone, with the plugin's defaults, into its own directory together
 * with the sibling files, then compiled against jackson-annotations alone. A generator failure with
 * a message the user can act on is a refusal; an exception escaping from the engine, or a run that
 * does not finish in a minute, is a crash.
 */
public final class CorpusRun {

    static final String PACKAGE = "org.example.corpus";
    private static final long TIMEOUT_SECONDS = 60;

    private final SchemaReader reader = new SchemaReader();
    private final AnnotationsOnlyCompiler compiler = new AnnotationsOnlyCompiler();

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/schemastore-dev");
        Path report = Path.of(args.length > 1 ? args[1] : "CORPUS.md");
        Path keep = args.length > 2 ? Path.of(args[2]) : null;
        Path schemas = corpus.resolve("schemas");
        if (!Files.isDirectory(schemas)) {
            System.err.println("No schemas/ directory in " + corpus.toAbsolutePath()
                    + ": pass the corpus directory (the one that holds schemas/ and deps/) as the first argument.");
            System.exit(2);
        }
        Path scratch = keep != null ? keep : Files.createTempDirectory("schema-corpus");
        CorpusRun run = new CorpusRun();
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> files = Files.list(schemas)) {
            for (Path schema :
                    files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                Outcome outcome = run.measure(schema, corpus.resolve("deps"), scratch.resolve(stem(schema)));
                outcomes.add(outcome);
                System.out.println(outcome.result().label + "\t" + outcome.schema()
                        + (outcome.detail().isEmpty() ? "" : "\t" + outcome.detail()));
            }
        } finally {
            if (keep == null) {
                delete(scratch);
            }
        }
        CorpusReport.write(report, corpus, outcomes);
        System.out.println(CorpusReport.summary(outcomes));
        System.out.println("Wrote " + report.toAbsolutePath());
    }

    private Outcome measure(Path schemaFile, Path deps, Path work) throws IOException {
        String name = schemaFile.getFileName().toString();
        delete(work); // a kept directory from an earlier run
        Path sources = work.resolve("schemas");
        Files.createDirectories(sources);
        Files.copy(schemaFile, sources.resolve(name));
        if (Files.isDirectory(deps)) {
            try (Stream<Path> siblings = Files.list(deps)) {
                for (Path sibling : siblings.toList()) {
                    if (!Files.exists(sources.resolve(sibling.getFileName()))) {
                        Files.copy(sibling, sources.resolve(sibling.getFileName()));
                    }
                }
            }
        }
        SchemaFile parsed;
        try {
            parsed = reader.read(name, sources.resolve(name));
        } catch (CodegenException e) {
            return new Outcome(
                    name,
                    "?",
                    Outcome.Result.REFUSED,
                    firstLine(e.getMessage()),
                    false,
                    Set.of(),
                    Set.of(),
                    0,
                    Set.of(),
                    "?");
        }
        String draft = draftOf(parsed.root());
        KeywordCoverage.Report coverage = KeywordCoverage.of(parsed);
        Set<String> expressed = new TreeSet<>(coverage.expressed());
        Set<String> validatorOnly = new TreeSet<>();
        for (String entry : coverage.validatorOnly()) {
            validatorOnly.add(entry.replaceFirst(" at #.*$", ""));
        }

        RecordingLog log = new RecordingLog();
        CodegenRequest request = new CodegenRequest(
                        sources,
                        List.of(name),
                        List.of(),
                        PACKAGE,
                        work.resolve("generated-sources"),
                        work.resolve("generated-resources"),
                        work.resolve("schema-codegen.cache"),
                        false,
                        "corpus")
                .withGenerateCodec(false);
        // A fresh daemon thread per schema with a large stack: a run that never ends cannot hold up the next one.
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(null, runnable, "corpus-" + name, 64L << 20);
            thread.setDaemon(true);
            return thread;
        });
        Future<CodegenResult> future = worker.submit(() -> new SchemaCodegen().run(request, log));
        worker.shutdown();
        Outcome.Result result;
        String detail = "";
        boolean rootType = false;
        try {
            CodegenResult generated = future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            rootType = !generated.types().isEmpty();
            String error = compiler.firstError(request.outputDirectory(), work.resolve("classes"));
            result = error == null ? Outcome.Result.COMPILED : Outcome.Result.NOT_COMPILED;
            detail = error == null ? "" : error;
        } catch (TimeoutException e) {
            future.cancel(true);
            result = Outcome.Result.CRASHED;
            detail = "did not finish in " + TIMEOUT_SECONDS + " s";
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            boolean engineFailure =
                    !(cause instanceof CodegenException) || cause.getCause() instanceof RuntimeException;
            result = engineFailure ? Outcome.Result.CRASHED : Outcome.Result.REFUSED;
            Throwable shown = engineFailure && cause.getCause() != null ? cause.getCause() : cause;
            detail = (engineFailure ? shown.getClass().getSimpleName() + ": " : "")
                    + firstLine(String.valueOf(shown.getMessage()));
            if (engineFailure) {
                // The table keeps one line; stderr gets where it happened, for whoever fixes it.
                System.err.println("Crash on " + name + ": " + shown);
                for (StackTraceElement frame :
                        java.util.Arrays.copyOf(shown.getStackTrace(), Math.min(60, shown.getStackTrace().length))) {
                    System.err.println("    at " + frame);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while generating " + name, e);
        }
        detail = detail.replace(sources.toAbsolutePath() + "/", "").replace(work.toAbsolutePath() + "/", "");
        return new Outcome(
                name,
                draft,
                result,
                detail,
                rootType,
                expressed,
                validatorOnly,
                log.warnings(),
                notLogged(ShapeKeywords.in(parsed.root()), log.text()),
                fastPath(SchemaProfile.of(parsed.root())));
    }

    /** The fast path's profile of a schema in a few words: "full", or what falls back, by reason. */
    static String fastPath(SchemaProfile profile) {
        if (!profile.supported()) {
            return "off: " + profile.unsupportedReason().replaceFirst(" at (the root|[^ ]*)$", "");
        }
        if (profile.fullyProfiled()) {
            return "full";
        }
        Map<String, Integer> reasons = new TreeMap<>();
        profile.fallbacks()
                .forEach(reason -> reasons.merge(reason.replaceFirst(" at (the root|[^ ]*)$", ""), 1, Integer::sum));
        StringBuilder text = new StringBuilder("partial: ");
        reasons.forEach((reason, count) ->
                text.append(reason).append(" (").append(count).append("), "));
        return text.substring(0, text.length() - 2);
    }

    /** The shape keywords no log line names as a word of its own. */
    private static Set<String> notLogged(Set<String> shapes, String log) {
        Set<String> missing = new TreeSet<>();
        for (String keyword : shapes) {
            Pattern named = Pattern.compile("(?<![A-Za-z0-9_$])" + Pattern.quote(keyword) + "(?![A-Za-z0-9_])");
            if (!named.matcher(log).find()) {
                missing.add(keyword);
            }
        }
        return missing;
    }

    static String draftOf(JsonNode root) {
        JsonNode schema = root.get("$schema");
        if (schema == null || !schema.isString()) {
            return "none";
        }
        String uri = schema.asString();
        for (String draft : List.of("draft-03", "draft-04", "draft-06", "draft-07", "2019-09", "2020-12")) {
            if (uri.contains(draft)) {
                return draft;
            }
        }
        return uri;
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 297) + "..." : line;
    }

    private static String stem(Path schema) {
        String name = schema.getFileName().toString();
        return name.substring(0, name.length() - ".json".length());
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Keeps every line a run logs, to check which keywords it names. */
    private static final class RecordingLog implements CodegenLog {

        private final StringBuilder text = new StringBuilder();
        private int warnings;

        @Override
        public synchronized void info(String message) {
            text.append(message).append('\n');
        }

        @Override
        public synchronized void warn(String message) {
            warnings++;
            text.append(message).append('\n');
        }

        @Override
        public synchronized void error(String message) {
            text.append(message).append('\n');
        }

        synchronized int warnings() {
            return warnings;
        }

        synchronized String text() {
            return text.toString();
        }
    }
}
