// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsonschema2pojo.Jsonschema2Pojo;
import org.jsonschema2pojo.NoopRuleLogger;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.CodegenRequest;
import org.realtimepresence.codegen.CodegenResult;
import org.realtimepresence.codegen.SchemaCodegen;

/**
 * Times the generator in-process: the presence schema, a seeded corpus of synthetic schemas through
 * {@link SchemaCodegen} (full, no-op and one-schema-changed runs), and the same corpus through plain
 * jsonschema2pojo-core. Full runs of ours and plain alternate, so both see the same machine load; each figure
 * is the median of the measured rounds after warm-up rounds.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.realtimepresence.benchmarks.codegen.GeneratorTiming
 *     [presenceSchemaDirectory] [schemas=200] [warmup=3] [rounds=7]</pre>
 */
public final class GeneratorTiming {

    private static final String PACKAGE = "org.example.synthetic";

    private final Path scratch;
    private final SchemaCodegen codegen = new SchemaCodegen();

    private GeneratorTiming(Path scratch) {
        this.scratch = scratch;
    }

    public static void main(String[] args) throws Exception {
        Path presence = Path.of(args.length > 0 ? args[0] : "schemas");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        if (!Files.isDirectory(presence)) {
            throw new IllegalArgumentException("No schema directory at " + presence.toAbsolutePath()
                    + ": run from the repository root or pass the directory of realtime-presence.json");
        }
        Path scratch = Files.createTempDirectory("generator-timing");
        try {
            new GeneratorTiming(scratch).run(presence, count, warmup, rounds);
        } finally {
            delete(scratch);
        }
    }

    private void run(Path presence, int count, int warmup, int rounds) throws Exception {
        Path corpus = scratch.resolve("corpus");
        List<Path> schemas = new SyntheticSchemas(SyntheticSchemas.SEED).write(corpus, count);
        System.out.printf(
                Locale.ROOT,
                "Generator timing: %d synthetic schemas (seed %d), %d warm-up and %d measured rounds, median ms%n",
                count,
                SyntheticSchemas.SEED,
                warmup,
                rounds);

        double[] presenceFull = new double[rounds];
        double[] presenceNoop = new double[rounds];
        double[] oursFull = new double[rounds];
        double[] plainFull = new double[rounds];
        double[] oursNoop = new double[rounds];
        double[] oursChanged = new double[rounds];
        String original = Files.readString(schemas.get(0), StandardCharsets.UTF_8);
        for (int round = -warmup; round < rounds; round++) {
            boolean measured = round >= 0;
            Path presenceOut = fresh("presence");
            double pf = time(() -> ours(presence, presenceOut, "org.realtimepresence.model", false));
            double pn = time(() -> ours(presence, presenceOut, "org.realtimepresence.model", true));
            Path oursOut = fresh("ours");
            Path plainOut = fresh("plain");
            double of;
            double pl;
            if (round % 2 == 0) { // alternate who goes first, so neither always inherits the other's garbage
                of = time(() -> ours(corpus, oursOut, PACKAGE, false));
                pl = time(() -> plain(corpus, plainOut));
            } else {
                pl = time(() -> plain(corpus, plainOut));
                of = time(() -> ours(corpus, oursOut, PACKAGE, false));
            }
            if (round == 0) {
                System.out.printf(
                        Locale.ROOT,
                        "Java files written: schema-codegen %d, plain jsonschema2pojo %d%n",
                        javaFiles(oursOut),
                        javaFiles(plainOut));
            }
            double on = time(() -> ours(corpus, oursOut, PACKAGE, true));
            // Change one schema (a description), run, and restore it for the next round.
            Files.writeString(
                    schemas.get(0), original.replace("\"Synthetic 0\"", "\"Synthetic 0, round " + round + "\""));
            double oc = time(() -> ours(corpus, oursOut, PACKAGE, false));
            Files.writeString(schemas.get(0), original);
            if (measured) {
                presenceFull[round] = pf;
                presenceNoop[round] = pn;
                oursFull[round] = of;
                plainFull[round] = pl;
                oursNoop[round] = on;
                oursChanged[round] = oc;
            }
        }
        double full = median(oursFull);
        double plain = median(plainFull);
        print("presence schema, full run", median(presenceFull), -1);
        print("presence schema, no-op run", median(presenceNoop), -1);
        print(count + " schemas, plain jsonschema2pojo", plain, -1);
        print(count + " schemas, schema-codegen full run", full, plain);
        print(count + " schemas, schema-codegen no-op run", median(oursNoop), -1);
        print(count + " schemas, schema-codegen one changed", median(oursChanged), -1);
        System.out.printf(
                Locale.ROOT,
                "ratios: full / plain = %.2f (target <= 1.30); no-op / full = %.1f%% (target <= 5%%)%n",
                full / plain,
                100 * median(oursNoop) / full);
    }

    /** Runs the plugin's generation; {@code expectUpToDate} guards that a no-op run really skipped. */
    private void ours(Path source, Path out, String targetPackage, boolean expectUpToDate) throws CodegenException {
        CodegenRequest request = new CodegenRequest(
                source,
                List.of("**/*.json"),
                List.of(),
                targetPackage,
                out.resolve("sources"),
                out.resolve("resources"),
                out.resolve("cache.properties"),
                false,
                "timing");
        CodegenResult result = codegen.run(request, CodegenLog.silent());
        if (result.upToDate() != expectUpToDate) {
            throw new IllegalStateException("expected upToDate=" + expectUpToDate + " for " + source);
        }
    }

    private static void plain(Path source, Path out) throws IOException {
        Jsonschema2Pojo.generate(
                new PlainJsonschema2PojoConfig(source.toFile(), out.toFile(), PACKAGE), new NoopRuleLogger());
    }

    private static long javaFiles(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(p -> p.toString().endsWith(".java")).count();
        }
    }

    private Path fresh(String name) throws IOException {
        Path directory = scratch.resolve(name);
        delete(directory);
        return Files.createDirectories(directory);
    }

    private interface Step {
        void run() throws Exception;
    }

    private static double time(Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        return (System.nanoTime() - started) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static void print(String what, double millis, double baseline) {
        System.out.printf(
                Locale.ROOT,
                "  %-45s %9.1f ms%s%n",
                what,
                millis,
                baseline > 0 ? String.format(Locale.ROOT, "   (%.2f x plain)", millis / baseline) : "");
    }

    private static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            List<Path> all =
                    new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
