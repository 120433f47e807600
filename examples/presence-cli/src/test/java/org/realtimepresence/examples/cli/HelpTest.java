// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

    @ParameterizedTest
    @ValueSource(strings = {"validate", "normalize", "roster"})
    void everyCommandHasHelp(String command) {
        CliRun run = CliRun.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: presence " + command + " ").contains("-h, --help", "Exit codes:");
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-h", "--help"})
    void theToolHasHelp(String option) {
        CliRun run = CliRun.run(option);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: presence ").contains("validate", "normalize", "roster");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "frobnicate"})
    void aMissingOrUnknownCommandIsAUsageError(String command) {
        CliRun run = command.isEmpty() ? CliRun.run() : CliRun.run(command);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2).last().isEqualTo("Try 'presence --help' for more information.");
        assertThat(run.err())
                .contains(command.isEmpty() ? "Missing command" : "Unmatched argument at index 0: 'frobnicate'");
    }
}
