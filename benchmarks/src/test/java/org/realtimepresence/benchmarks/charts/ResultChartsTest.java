// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's benchmark charts are drawn from the recorded results and still match them. */
class ResultChartsTest {

    private static final Path RESULTS = Path.of("results");
    private static final Path CHARTS = Path.of("..", "src", "site", "resources", "images", "benchmarks");

    @Test
    void everyCheckedInChartMatchesItsResultsFile() throws IOException {
        for (ResultCharts.Chart chart : ResultCharts.Chart.values()) {
            assertThat(Files.readString(CHARTS.resolve(chart.fileName())))
                    .as("%s is stale: regenerate it with ResultCharts (see its Javadoc)", chart.fileName())
                    .isEqualTo(ResultCharts.render(chart, RESULTS));
        }
    }

    @Test
    void theDecodeChartHasOneBarPerBenchmarkWithItsError() throws IOException {
        assertThat(ResultCharts.jmhBars(RESULTS.resolve(ResultCharts.DECODE_RESULTS)))
                .extracting(Bar::label)
                .contains("jacksonBind", "presenceRead", "presenceValidate", "networkntValidate", "presenceWrite");
        assertThat(ResultCharts.jmhBars(RESULTS.resolve(ResultCharts.DECODE_RESULTS)))
                .allSatisfy(bar -> assertThat(bar.error()).isPositive());
    }

    @Test
    void theGeneratorChartReadsEveryTimedLine() throws IOException {
        assertThat(ResultCharts.timingBars(RESULTS.resolve(ResultCharts.GENERATOR_RESULTS)))
                .extracting(Bar::label)
                .containsExactly(
                        "presence schema, full run",
                        "presence schema, no-op run",
                        "200 schemas, plain jsonschema2pojo",
                        "200 schemas, schema-codegen full run",
                        "200 schemas, schema-codegen no-op run",
                        "200 schemas, schema-codegen one changed");
    }

    @Test
    void aResultsFileWithoutResultsIsRefusedByName(@TempDir Path directory) throws IOException {
        Path empty = Files.writeString(directory.resolve("timing.txt"), "nothing measured\n");
        assertThatThrownBy(() -> ResultCharts.timingBars(empty)).hasMessageContaining("timing.txt: no timing line");
        Path notJson = Files.writeString(directory.resolve("decode.json"), "{");
        assertThatThrownBy(() -> ResultCharts.jmhBars(notJson)).hasMessageContaining("decode.json: not JMH JSON");
    }
}
