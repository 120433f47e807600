// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The help and usage errors of every command, byte for byte: picocli builds only the command that the command line
 * names (see {@link Subcommands}), and that must not change a word of what any command prints. Each golden file
 * under {@code usage/} holds the exit code, standard output, a {@code --- stderr} line, then standard error.
 */
class UsageTextTest {

    @ParameterizedTest(name = "{0}: presence {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            textBlock =
                    """
            presence-help           | --help
            presence-h              | -h
            help                    | help
            help-validate           | help validate
            help-normalize          | help normalize
            help-roster             | help roster
            help-help               | help help
            validate-help           | validate --help
            normalize-help          | normalize --help
            roster-help             | roster --help
            missing-command         | ''
            unknown-command         | bogus
            unknown-option          | --bogus
            validate-no-file        | validate
            validate-unknown-option | validate --bogus -
            validate-version        | validate --version
            normalize-no-provider   | normalize -
            normalize-bad-provider  | normalize --from nope -
            normalize-bad-time      | normalize --from ably --received-at nope -
            roster-unknown-option   | roster --from ably -
            version-then-help       | --version --help
            version-twice           | --version --version
            """)
    void printsWhatItAlwaysPrinted(String golden, String commandLine) throws IOException {
        CliRun run = CliRun.run(commandLine.isEmpty() ? new String[0] : commandLine.split(" "));

        assertThat("exit " + run.exitCode() + "\n" + run.out() + "--- stderr\n" + run.err())
                .isEqualTo(read("usage/" + golden + ".txt"));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = UsageTextTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
