// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.realtimepresence.examples.kafka.Presence.T0;
import static org.realtimepresence.examples.kafka.Presence.enter;
import static org.realtimepresence.examples.kafka.Presence.leave;
import static org.realtimepresence.examples.kafka.Presence.record;

import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

class PresenceRosterTopologyTest extends WithRosterDriver {

    @Test
    void foldsInTheRosterOrderAndIgnoresRecordsOlderThanTheMembersLast() {
        roster.send(enter("room", "ann", "c1", 1), enter("room", "bob", "c1", 2));
        roster.send(leave("room", "bob", "c1", 4), enter("room", "bob", "c1", 3));

        assertThat(roster.compactedMembers()).containsOnlyKeys("room/ann/c1");
        List<KeyValue<String, String>> snapshots = roster.snapshots.readKeyValuesToList();
        // One snapshot per visible change: ann joined, bob joined, bob left; the stale enter changed nothing.
        assertThat(snapshots).extracting(kv -> kv.key).containsExactly("room", "room", "room");
        assertThat(RosterDriver.parseArray(snapshots.get(1).value))
                .extracting(RealtimePresence::clientId)
                .containsExactly("ann", "bob");
        assertThat(RosterDriver.parseArray(snapshots.get(2).value))
                .extracting(RealtimePresence::clientId)
                .containsExactly("ann");
    }

    @Test
    void snapshotsAreArraysOfPresentRecords() {
        roster.send(enter("room", "ann", "c1", 1));

        List<RealtimePresence> snapshot = roster.lastSnapshots().get("room");
        assertThat(snapshot).singleElement().satisfies(member -> {
            assertThat(member.action()).isEqualTo(Action.PRESENT);
            assertThat(member.data()).isEqualTo(Map.of("at", 1));
            assertThat(member.occurredAt()).isEqualTo(T0.plusSeconds(1));
            assertThat(member.occurredAt().getOffset()).isEqualTo(T0.getOffset());
        });
    }

    @Test
    void tracksEachConnectionOfOneClientOnItsOwn() {
        roster.send(enter("room", "ann", "phone", 1), enter("room", "ann", "laptop", 2), enter("room", "ann", null, 3));
        roster.send(leave("room", "ann", "phone", 4));

        List<KeyValue<String, RealtimePresence>> members = roster.members.readKeyValuesToList();
        assertThat(members)
                .extracting(kv -> kv.key)
                .containsExactly("room/ann/phone", "room/ann/laptop", "room/ann", "room/ann/phone");
        assertThat(members.get(3).value).as("tombstone for the phone").isNull();
        assertThat(roster.lastSnapshots().get("room"))
                .extracting(RealtimePresence::connectionId)
                .containsExactly(null, "laptop");
    }

    @Test
    void ignoresAStaleLeave() {
        roster.send(enter("room", "ann", "c1", 5));
        roster.snapshots.readKeyValuesToList();
        roster.members.readKeyValuesToList();

        roster.send(leave("room", "ann", "c1", 4));

        assertThat(roster.members.isEmpty()).as("no tombstone").isTrue();
        assertThat(roster.snapshots.isEmpty())
                .as("no snapshot: nothing changed")
                .isTrue();
    }

    @Test
    void ignoresRecordsOlderThanALeave() {
        roster.send(enter("room", "ann", "c1", 1), leave("room", "ann", "c1", 5), enter("room", "ann", "c1", 3));

        assertThat(roster.compactedMembers()).isEmpty();
    }

    @Test
    void anUpdateKeepsSince() {
        roster.send(enter("room", "ann", "c1", 1).toBuilder()
                .since(T0.minusMinutes(10))
                .build());
        roster.send(record(Action.UPDATE, "room", "ann", "c1", 2).toBuilder()
                .data(Map.of("mood", "busy"))
                .build());

        RealtimePresence member = roster.compactedMembers().get("room/ann/c1");
        assertThat(member.since()).isEqualTo(T0.minusMinutes(10));
        assertThat(member.data()).isEqualTo(Map.of("mood", "busy"));
        assertThat(member.occurredAt()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void reKeysRecordsWithANullOrWrongKeyByChannel() {
        roster.sendKeyed(null, enter("room", "ann", "c1", 1));
        roster.sendKeyed("lobby", enter("room", "bob", "c1", 2));
        roster.send(enter("lobby", "cid", "c1", 3));

        Map<String, List<RealtimePresence>> snapshots = roster.lastSnapshots();
        assertThat(snapshots).containsOnlyKeys("room", "lobby");
        assertThat(snapshots.get("room")).extracting(RealtimePresence::clientId).containsExactly("ann", "bob");
        assertThat(snapshots.get("lobby"))
                .extracting(RealtimePresence::clientId)
                .containsExactly("cid");
    }

    @Test
    void goesThroughARepartitionTopicOnlyForBadlyKeyedRecords() {
        String repartition = RosterSettings.DEFAULT_APPLICATION_ID + "-by-channel-repartition";
        roster.send(enter("room", "ann", "c1", 1));
        assertThat(roster.driver.producedTopicNames()).doesNotContain(repartition);

        roster.sendKeyed("lobby", enter("room", "bob", "c1", 2));
        assertThat(roster.driver.producedTopicNames()).contains(repartition);
    }
}
