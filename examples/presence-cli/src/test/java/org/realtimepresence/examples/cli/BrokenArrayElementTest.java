// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A malformed or oversized element of a JSON array is reported, and the elements after it are still read. */
class BrokenArrayElementTest {

    private static final String VALID = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}";
    private static final String LATER = "{\"channel\":\"c\",\"clientId\":\"b\",\"action\":\"enter\"}";

    @TempDir
    Path dir;

    private String array() throws IOException {
        String oversized = "{\"channel\":\"" + "x".repeat(1 << 20) + "\",\"clientId\":\"z\",\"action\":\"enter\"}";
        Path file = dir.resolve("records.json");
        Files.writeString(
                file,
                "[\n" + VALID + ",\n{\"channel\":\"c\" \"clientId\":\"q\"},\n" + oversized + ",\n" + LATER + "\n]\n");
        return file.toString();
    }

    @Test
    void validateReportsEachBrokenElementAndReadsTheRest() throws IOException {
        String file = array();

        CliRun run = CliRun.run("validate", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0))
                .matches(Pattern.quote(file) + ":3: /channel: Malformed JSON at line 3, column 16: .+ \\[syntax]");
        assertThat(run.outLines().get(1)).matches(Pattern.quote(file) + ":4: : .*larger than.* \\[limit]");
        assertThat(run.err()).isEqualTo("presence validate: 4 records in 1 file: 2 valid, 2 invalid\n");
    }

    @Test
    void rosterSkipsTheBrokenElementsAndKeepsTheMembersAfterThem() throws IOException {
        String file = array();

        CliRun run = CliRun.run("roster", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2).allMatch(line -> line.contains("\"action\":\"present\""));
        assertThat(run.outLines().get(1)).contains("\"clientId\":\"b\"");
        assertThat(run.errLines()).hasSize(2);
    }
}
