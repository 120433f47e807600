// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A departed member is remembered for the tombstone retention of event time, then purged; after that a late
 * stale record is no longer recognised, the documented trade for a store that does not grow for ever.
 */
class TombstoneExpiryTest {

    private static final RosterSettings ONE_MINUTE = RosterSettings.DEFAULTS.withLimits(
            Duration.ofMinutes(1),
            RosterSettings.DEFAULT_SNAPSHOT_INTERVAL,
            RosterSettings.DEFAULT_SNAPSHOT_MAX_MEMBERS);

    @TempDir
    Path stateDir;

    @Test
    void withinTheRetentionAStaleRecordIsIgnored() {
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, ONE_MINUTE)) {
            roster.send(enter("room", "ann", "c1", 0), leave("room", "ann", "c1", 10), enter("room", "bob", "c1", 69));
            assertThat(keysOfKind(roster, MemberStoreKey.TOMBSTONE)).isEqualTo(1);

            roster.send(enter("room", "ann", "c1", 5));

            assertThat(roster.compactedMembers()).containsOnlyKeys("room/bob/c1");
        }
    }

    @Test
    void afterTheRetentionTheTombstoneAndItsExpiryEntryAreGone() {
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, ONE_MINUTE)) {
            roster.send(enter("room", "ann", "c1", 0), leave("room", "ann", "c1", 10), enter("room", "bob", "c1", 70));

            assertThat(keysOfKind(roster, MemberStoreKey.TOMBSTONE)).isZero();
            assertThat(keysOfKind(roster, MemberStoreKey.EXPIRY)).isZero();

            roster.send(enter("room", "ann", "c1", 5)); // older than ann's leave, but that is forgotten
            assertThat(roster.compactedMembers()).containsOnlyKeys("room/ann/c1", "room/bob/c1");
        }
    }

    @Test
    void aMemberThatCameBackIsNotPurged() {
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, ONE_MINUTE)) {
            roster.send(
                    leave("room", "ann", "c1", 0),
                    enter("room", "ann", "c1", 1),
                    leave("room", "bob", "c1", 50),
                    enter("room", "cid", "c1", 120));

            assertThat(roster.compactedMembers()).containsOnlyKeys("room/ann/c1", "room/cid/c1");
            assertThat(keysOfKind(roster, MemberStoreKey.PRESENT)).isEqualTo(2);
            assertThat(keysOfKind(roster, MemberStoreKey.TOMBSTONE)).isZero();
        }
    }

    static int keysOfKind(RosterDriver roster, byte kind) {
        int count = 0;
        try (KeyValueIterator<Bytes, byte[]> all = roster.store().all()) {
            while (all.hasNext()) {
                KeyValue<Bytes, byte[]> entry = all.next();
                count += entry.key.get()[0] == kind ? 1 : 0;
            }
        }
        return count;
    }
}
