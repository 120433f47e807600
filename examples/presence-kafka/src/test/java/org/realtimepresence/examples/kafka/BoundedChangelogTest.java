// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;

import java.nio.file.Path;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The channel that broke the old roster (about 6,000 departed connections passed Kafka's 1 MB record limit):
 * now every changelog record is one member, a count or an expiry entry, and none grows with the channel.
 */
class BoundedChangelogTest {

    private static final int MEMBERS = 8_000;

    @TempDir
    Path stateDir;

    @Test
    void noChangelogRecordGrowsWithTheChannel() {
        // Snapshots are bounded too (see SnapshotTest); a limit of 0 keeps them from costing time here.
        RosterSettings noMemberLists = RosterSettings.DEFAULTS.withLimits(
                RosterSettings.DEFAULT_TOMBSTONE_RETENTION, RosterSettings.DEFAULT_SNAPSHOT_INTERVAL, 0);
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, noMemberLists)) {
            TestOutputTopic<byte[], byte[]> changelog = roster.driver.createOutputTopic(
                    RosterDriver.SETTINGS.changelogTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            int largest = 0;
            for (int i = 0; i < MEMBERS; i++) {
                roster.send(enter("room", "member-" + i, "c" + i, i));
            }
            for (int i = 0; i < MEMBERS; i++) {
                roster.send(leave("room", "member-" + i, "c" + i, MEMBERS + i));
            }
            long records = 0;
            while (!changelog.isEmpty()) {
                TestRecord<byte[], byte[]> record = changelog.readRecord();
                largest = Math.max(largest, record.key().length + (record.value() == null ? 0 : record.value().length));
                records++;
            }

            assertThat(records).isGreaterThan(4L * MEMBERS);
            assertThat(largest)
                    .as("largest changelog record, key and value, in bytes")
                    .isLessThan(300);
            assertThat(roster.compactedMembers()).isEmpty();
        }
    }
}
