// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Gives each test a fresh {@link RosterDriver} on its own state directory, closed after the test. */
abstract class WithRosterDriver {

    @TempDir
    Path stateDir;

    RosterDriver roster;

    @BeforeEach
    void startDriver() {
        roster = new RosterDriver(stateDir);
    }

    @AfterEach
    void closeDriver() {
        roster.close();
    }
}
