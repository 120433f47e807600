// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.T0;
import static org.realtimepresence.examples.kafka.Presence.enter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/** Snapshots come at most once per interval of stream time, and only for channels up to the size limit. */
class SnapshotTest {

    private static final RosterSettings SMALL =
            RosterSettings.DEFAULTS.withLimits(RosterSettings.DEFAULT_TOMBSTONE_RETENTION, Duration.ofSeconds(10), 2);

    @TempDir
    Path stateDir;

    @Test
    void changesWithinAnIntervalShareOneLaterSnapshot() {
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, SMALL)) {
            send(roster, enter("room", "ann", "c1", 1), 0);
            send(roster, enter("room", "bob", "c1", 2), 1);
            send(roster, enter("room", "ann", "c2", 3), 2);
            assertThat(roster.snapshots.readKeyValuesToList())
                    .extracting(kv -> kv.key)
                    .as("only the first, at once")
                    .containsExactly("room");

            send(roster, enter("lobby", "cid", "c1", 4), 10); // stream time moves on: the held-back one is due

            List<KeyValue<String, String>> snapshots = roster.snapshots.readKeyValuesToList();
            assertThat(snapshots).extracting(kv -> kv.key).containsExactly("lobby", "room");
            assertThat(snapshots.get(1).value)
                    .as("three members, over the limit of two")
                    .isEqualTo("{\"channel\":\"room\",\"tooLarge\":true,\"members\":3,\"snapshotMaxMembers\":2,"
                            + "\"memberTopic\":\"presence-members\"}");
            assertThat(RosterDriver.parseArray(snapshots.get(0).value))
                    .extracting(RealtimePresence::clientId)
                    .containsExactly("cid");
        }
    }

    @Test
    void theMemberTopicHasEveryChangeWhateverTheSnapshots() {
        try (RosterDriver roster = new RosterDriver(stateDir, StoreType.IN_MEMORY, SMALL)) {
            for (int i = 0; i < 5; i++) {
                send(roster, enter("room", "member-" + i, null, i), 0);
            }

            assertThat(roster.compactedMembers()).hasSize(5);
            assertThat(roster.snapshots.readKeyValuesToList()).hasSize(1);
        }
    }

    private static void send(RosterDriver roster, RealtimePresence record, int second) {
        roster.input.pipeInput(
                record.channel(),
                RealtimePresenceJson.write(record).getBytes(StandardCharsets.UTF_8),
                T0.toInstant().plusSeconds(second));
    }
}
