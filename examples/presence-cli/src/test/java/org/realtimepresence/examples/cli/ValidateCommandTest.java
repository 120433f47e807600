// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

    private static final String VALID = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}";

    @TempDir
    Path dir;

    private String write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file.toString();
    }

    @Test
    void validJsonLinesPrintNothingButTheSummaryAndExitZero() throws IOException {
        String file = write("ok.jsonl", VALID + "\n\n" + VALID + "\n");

        CliRun run = CliRun.run("validate", file);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("presence validate: 2 records in 1 file: 2 valid, 0 invalid\n");
    }

    @Test
    void invalidRecordsAreListedAsFileLinePointerMessageKeyword() throws IOException {
        String file = write(
                "bad.jsonl",
                VALID + "\n"
                        + "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"arrive\"}\n"
                        + "{\"channel\":\"c\",\"action\":\"enter\"}\n"
                        + "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"action\":\"leave\"}\n"
                        + "{\"channel\":\"c\",\n");

        CliRun run = CliRun.run("validate", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(4);
        assertThat(run.outLines().get(0)).matches(Pattern.quote(file) + ":2: /action: .+ \\[enum]");
        assertThat(run.outLines().get(1)).matches(Pattern.quote(file) + ":3: : .*clientId.* \\[required]");
        assertThat(run.outLines().get(2)).matches(Pattern.quote(file) + ":4: .*: .+ \\[syntax]");
        assertThat(run.outLines().get(3)).matches(Pattern.quote(file) + ":5: .*: .+ \\[syntax]");
        assertThat(run.err()).isEqualTo("presence validate: 5 records in 1 file: 1 valid, 4 invalid\n");
    }

    @Test
    void aRecordWithSeveralViolationsIsOneLineThatKeepsThemAll() throws IOException {
        String file = write("several.jsonl", "{\"clientId\":5,\"action\":\"enter\",\"colour\":\"red\"}\n");

        CliRun run = CliRun.run("validate", file);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(1);
        assertThat(run.outLines().get(0))
                .matches(Pattern.quote(file) + ":1: "
                        + ": .*channel.* \\[required]; /clientId: .+ \\[type]; /colour: .+ \\[additionalProperties]");
    }

    @Test
    void jsonFormatGivesOneObjectPerRecordFromAnArrayOnStandardInput() {
        CliRun run = CliRun.runWithInput(
                "[\n" + VALID + ",\n{\"channel\":5,\"clientId\":\"a\",\"action\":\"enter\"}\n]",
                false,
                "validate",
                "--format",
                "json",
                "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).hasSize(2);
        JsonMapper json = JsonMapper.builder().build();
        JsonNode first = json.readTree(run.outLines().get(0));
        JsonNode second = json.readTree(run.outLines().get(1));
        assertThat(first.toString()).isEqualTo("{\"source\":\"<stdin>:2\",\"valid\":true,\"violations\":[]}");
        assertThat(second.get("source").asString()).isEqualTo("<stdin>:3");
        assertThat(second.get("valid").asBoolean()).isFalse();
        assertThat(second.get("violations")).singleElement().satisfies(violation -> {
            assertThat(violation.get("pointer").asString()).isEqualTo("/channel");
            assertThat(violation.get("keyword").asString()).isEqualTo("type");
            assertThat(violation.get("message").asString()).isNotBlank();
        });
    }

    @Test
    void anUnreadableFileIsExitTwoAndTheOtherFilesAreStillChecked() throws IOException {
        String good = write("ok.jsonl", VALID + "\n");
        String bad = write("bad.jsonl", "{}\n");

        CliRun run = CliRun.run("validate", dir.resolve("missing.jsonl").toString(), bad, good);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.outLines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith(bad + ":1: ")
                .contains("'action'", "'channel'", "'clientId'"));
        assertThat(run.errLines())
                .containsExactly(
                        "presence validate: cannot read " + dir.resolve("missing.jsonl") + ": no such file",
                        "presence validate: 2 records in 3 files: 1 valid, 1 invalid");
    }

    @Test
    void usageErrorsExitTwo() {
        CliRun noFile = CliRun.run("validate");
        CliRun badFormat = CliRun.run("validate", "--format", "xml", "x.jsonl");

        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err())
                .isEqualTo(
                        """
                presence validate: Missing required parameter: 'FILE'
                Try 'presence validate --help' for more information.
                """);
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format", "xml");
        assertThat(noFile.out()).isEmpty();
    }

    @Test
    void progressIsShownOnlyForATerminal() {
        String input = (VALID + "\n").repeat(3000);

        CliRun terminal = CliRun.runWithInput(input, true, "validate", "-");
        CliRun pipe = CliRun.runWithInput(input, false, "validate", "-");

        assertThat(terminal.err())
                .contains("\rvalidating <stdin>: 1024 records")
                .endsWith("\rpresence validate: 3000 records in 1 file: 3000 valid, 0 invalid\n");
        assertThat(pipe.err()).isEqualTo("presence validate: 3000 records in 1 file: 3000 valid, 0 invalid\n");
        assertThat(terminal.exitCode()).isZero();
    }

    @Test
    void severalThreadsPrintExactlyWhatOneThreadPrintsInInputOrder() throws IOException {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            records.append(
                            i % 7 == 0
                                    ? "{\"channel\":\"c\",\"action\":\"enter\"}"
                                    : i % 11 == 0 ? "{\"channel\":" : VALID)
                    .append('\n');
        }
        String file = write("many \"quoted\".jsonl", records.toString());

        for (String format : new String[] {"text", "json"}) {
            CliRun one = CliRun.run("validate", "--format", format, "--threads", "1", file);
            CliRun three = CliRun.run("validate", "--format", format, "--threads", "3", file);

            assertThat(three.out()).as(format).isEqualTo(one.out());
            assertThat(three.err()).isEqualTo(one.err());
            assertThat(three.exitCode()).isEqualTo(1);
        }
        JsonNode valid = JsonMapper.builder()
                .build()
                .readTree(CliRun.run("validate", "--format", "json", "--threads", "2", file)
                        .outLines()
                        .get(1));
        assertThat(valid.get("source").asString()).isEqualTo(file + ":2");
        assertThat(valid.get("valid").asBoolean()).isTrue();
        assertThat(valid.get("violations").size()).isZero();
    }

    @Test
    void threadsMustBePositive() throws IOException {
        String file = write("ok.jsonl", VALID + "\n");

        CliRun run = CliRun.run("validate", "--threads", "0", file);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--threads must be at least 1, was 0");
    }
}
