// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the site's benchmark charts from the raw results that BENCHMARKS.md's runs write.
 *
 * <p>Run from the repository root after a new run, then commit the charts:
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.realtimepresence.benchmarks.charts.ResultCharts \
 *     benchmarks/results src/site/resources/images/benchmarks
 * </pre>
 * {@code ResultChartsTest} fails when a checked-in chart no longer matches its results file.
 */
public final class ResultCharts {

    /** JMH results of the decode run: {@code -rf json}. */
    static final String DECODE_RESULTS = "decode-benchmark-2026-11-28.json";
    /** The printed summary of {@code GeneratorTiming}. */
    static final String GENERATOR_RESULTS = "generator-timing-2026-11-28.txt";

    /** A line of the timing summary: a label, a median, "ms", and an optional ratio in brackets. */
    private static final Pattern TIMING_LINE = Pattern.compile("^\\s{2}(\\S.*?)\\s+([0-9.]+) ms(\\s.*)?$");

    private ResultCharts() {}

    /**
     * Writes {@code decode.svg} and {@code generator.svg} into the output directory.
     *
     * @param args the results directory and the output directory
     * @throws IOException when a results file cannot be read or a chart cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ResultCharts RESULTS_DIRECTORY OUTPUT_DIRECTORY");
            System.exit(2);
        }
        Path results = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Files.createDirectories(output);
        for (Chart chart : Chart.values()) {
            Path file = output.resolve(chart.fileName());
            Files.writeString(file, chart.render(results), StandardCharsets.UTF_8);
            System.out.println("wrote " + file);
        }
    }

    /** The charts of the benchmark page, each from one results file. */
    enum Chart {
        DECODE("decode.svg") {
            @Override
            String render(Path results) throws IOException {
                return new BarChart(
                                "DecodeBenchmark: one record per operation",
                                "operations per second, higher is better",
                                jmhBars(results.resolve(DECODE_RESULTS)))
                        .toSvg();
            }
        },
        GENERATOR("generator.svg") {
            @Override
            String render(Path results) throws IOException {
                return new BarChart(
                                "GeneratorTiming: median of 7 rounds",
                                "milliseconds, lower is better",
                                timingBars(results.resolve(GENERATOR_RESULTS)))
                        .toSvg();
            }
        };

        private final String fileName;

        Chart(String fileName) {
            this.fileName = fileName;
        }

        String fileName() {
            return fileName;
        }

        abstract String render(Path results) throws IOException;
    }

    /** One bar per JMH benchmark method, in the order of the file, with its score error. */
    static List<Bar> jmhBars(Path file) throws IOException {
        JsonNode runs;
        try {
            runs = JsonMapper.builder().build().readTree(file.toFile());
        } catch (JacksonException e) {
            throw new IOException(file + ": not JMH JSON results (" + e.getOriginalMessage() + ")", e);
        }
        List<Bar> bars = new ArrayList<>();
        for (JsonNode run : runs) {
            String benchmark = run.path("benchmark").asString();
            JsonNode metric = run.path("primaryMetric");
            if (benchmark.isEmpty() || !metric.path("score").isNumber()) {
                throw new IOException(file + ": a result without \"benchmark\" or \"primaryMetric.score\"");
            }
            double error = metric.path("scoreError").isNumber()
                    ? metric.path("scoreError").asDouble()
                    : 0;
            bars.add(new Bar(
                    benchmark.substring(benchmark.lastIndexOf('.') + 1),
                    metric.path("score").asDouble(),
                    Double.isNaN(error) ? 0 : error));
        }
        return bars;
    }

    /** One bar per timed line of the {@code GeneratorTiming} summary, in its order. */
    static List<Bar> timingBars(Path file) throws IOException {
        List<Bar> bars = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher timing = TIMING_LINE.matcher(line);
            if (timing.matches()) {
                bars.add(new Bar(timing.group(1), Double.parseDouble(timing.group(2)), 0));
            }
        }
        if (bars.isEmpty()) {
            throw new IOException(file + ": no timing line (\"  label   12.3 ms\")");
        }
        return bars;
    }

    /** Renders a chart, turning an unreadable results file into an unchecked failure for streams. */
    static String render(Chart chart, Path results) {
        try {
            return chart.render(results);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
