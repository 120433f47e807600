// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Standard output that cannot be written ({@code > /dev/full}) is an I/O error: exit code 2, with a message. */
class OutputFailureTest {

    private static final String RECORD = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n";
    private static final String PUBNUB = "{\"t\":\"1\",\"m\":[{\"c\":\"ch-pnpres\","
            + "\"d\":{\"action\":\"join\",\"uuid\":\"u\",\"timestamp\":1700000000}}]}\n";

    @Test
    void normalizeToAFullDiskExitsTwo() {
        CliRun run = CliRun.runWithFullDisk(stdin(PUBNUB), "normalize", "--from", "pubnub", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("presence normalize: cannot write standard output: No space left on device\n");
    }

    @Test
    void rosterToAFullDiskExitsTwo() {
        CliRun run = CliRun.runWithFullDisk(stdin(RECORD), "roster", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("presence roster: cannot write standard output: No space left on device\n");
    }

    @Test
    void validateAsJsonToAFullDiskExitsTwoWithAMessage() {
        CliRun run = CliRun.runWithFullDisk(stdin(RECORD + "{}\n"), "validate", "--format", "json", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines())
                .last()
                .isEqualTo("presence validate: cannot write standard output: No space left on device");
    }

    @Test
    void validateWithNothingToWriteDoesNotFailOnAFullDisk() {
        CliRun run = CliRun.runWithFullDisk(stdin(RECORD), "validate", "-");

        assertThat(run.exitCode()).isZero();
    }

    @Test
    void helpToAFullDiskExitsTwo() {
        CliRun run = CliRun.runWithFullDisk(stdin(""), "--help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("presence: cannot write standard output: No space left on device\n");
    }

    private static ByteArrayInputStream stdin(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
