// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The conventions a command-line user expects: a version, a help command, short usage errors, a count. */
class ConventionsTest {

    /** What Maven built; surefire passes it in, so the test cannot agree with a stale resource by accident. */
    private static final String VERSION = System.getProperty("project.version");

    @Test
    void versionPrintsTheProjectVersion() {
        CliRun run = CliRun.run("--version");

        assertThat(VERSION).as("surefire's project.version").isNotBlank();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("presence " + VERSION + "\n");
        assertThat(run.err()).isEmpty();
        assertThat(ToolVersion.projectVersion()).isEqualTo(VERSION);
    }

    @Test
    void helpCommandShowsTheToolsUsage() {
        CliRun run = CliRun.run("help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: presence ").contains("validate", "normalize", "roster", "help");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"validate", "normalize", "roster"})
    void helpCommandShowsACommandsUsage(String command) {
        CliRun run = CliRun.run("help", command);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: presence " + command + " ");
    }

    @Test
    void aUsageErrorIsOneLineAndAHint() {
        CliRun run = CliRun.run("validate", "--format", "xml", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines())
                .containsExactly(
                        "presence validate: Invalid value for option '--format': expected one of [text, json] (case-sensitive)"
                                + " but was 'xml'",
                        "Try 'presence validate --help' for more information.");
    }

    @Test
    void anUnknownCommandIsOneLineAndAHint() {
        CliRun run = CliRun.run("frobnicate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .containsExactly(
                        "presence: Unmatched argument at index 0: 'frobnicate'",
                        "Try 'presence --help' for more information.");
    }

    @Test
    void emptyInputToValidateSaysZeroRecords() {
        CliRun run = CliRun.runWithInput("", false, "validate", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("presence validate: 0 records in 1 file: 0 valid, 0 invalid\n");
    }
}
