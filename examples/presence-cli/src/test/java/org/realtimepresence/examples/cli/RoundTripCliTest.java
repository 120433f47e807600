// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the tool writes reads back as what it read: a lone surrogate is refused (never written as {@code ?}, which
 * made different ids one), and numbers keep their type and scale.
 */
class RoundTripCliTest {

    @Test
    void rosterRefusesALoneSurrogateInsteadOfPrintingAQuestionMark() {
        CliRun run = CliRun.runWithInput(
                """
                {"channel":"c","clientId":"\\ud800","action":"enter"}
                {"channel":"c","clientId":"\\ud801","action":"enter"}
                """,
                false,
                "roster",
                "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2).allMatch(line -> line.contains("/clientId") && line.endsWith("[syntax]"));
    }

    @Test
    void normalizeRefusesAProviderIdWithALoneSurrogate() {
        CliRun run = CliRun.runWithInput(
                """
                {"t":"1","m":[{"c":"ch-pnpres","d":{"action":"join","uuid":"\\ud800","timestamp":1700000000}},
                {"c":"ch-pnpres","d":{"action":"join","uuid":"ok","timestamp":1700000000}}]}
                """,
                false,
                "normalize",
                "--from",
                "pubnub",
                "-");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).singleElement().asString().contains("\"clientId\":\"ok\"");
        assertThat(run.err())
                .contains("<stdin>:1: pubnub: /m/0/d: it maps to a record that breaks the presence"
                        + " schema: /clientId")
                .contains("[syntax]")
                .doesNotContain("?");
    }

    @Test
    void numbersKeepTheirTypeThroughNormalizeAndRoster() {
        CliRun normalized = CliRun.runWithInput(
                """
                {"action":"join","uuid":"u","timestamp":1700000000,"data":{"a":1e0,"b":0.10,"c":1E+2,"d":-0.0,"e":123456789012345678901234567890}}
                """,
                false,
                "normalize",
                "--from",
                "pubnub",
                "--channel",
                "c",
                "-");
        CliRun roster = CliRun.runWithInput(normalized.out(), false, "roster", "-");

        assertThat(normalized.out())
                .contains("\"data\":{\"a\":1E0,\"b\":0.10,\"c\":1E+2,\"d\":0.0,"
                        + "\"e\":123456789012345678901234567890}");
        assertThat(roster.out())
                .contains("\"data\":{\"a\":1E0,\"b\":0.10,\"c\":1E+2,\"d\":0.0,"
                        + "\"e\":123456789012345678901234567890}");
    }
}
