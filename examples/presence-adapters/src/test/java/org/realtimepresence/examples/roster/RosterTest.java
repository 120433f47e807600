// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.json.JsonMapper;

class RosterTest {

    private final Roster roster = new Roster();

    private static RealtimePresence record(String clientId, String connectionId, Action action, String occurredAt) {
        return builder(clientId, connectionId, action, occurredAt).build();
    }

    private static RealtimePresence.Builder builder(
            String clientId, String connectionId, Action action, String occurredAt) {
        return RealtimePresence.builder()
                .channel("room")
                .clientId(clientId)
                .connectionId(connectionId)
                .action(action)
                .occurredAt(occurredAt == null ? null : OffsetDateTime.parse(occurredAt));
    }

    private List<String> snapshot() {
        return roster.snapshot().stream().map(RealtimePresenceJson::write).toList();
    }

    @Test
    void twoConnectionsOfOneClientAreTwoMembersAndOneCanLeave() {
        roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:00:00Z"));
        roster.apply(record("ann", "c2", Action.ENTER, "2024-05-01T10:01:00Z"));
        assertThat(roster.snapshot()).extracting(RealtimePresence::connectionId).containsExactly("c1", "c2");

        Optional<RosterChange> change = roster.apply(record("ann", "c1", Action.LEAVE, "2024-05-01T10:02:00Z"));

        assertThat(change).contains(new RosterChange(RosterChange.Kind.LEFT, new MemberKey("room", "ann", "c1"), null));
        assertThat(snapshot())
                .containsExactly(
                        "{\"channel\":\"room\",\"clientId\":\"ann\",\"connectionId\":\"c2\",\"action\":\"present\","
                                + "\"since\":\"2024-05-01T10:01:00Z\",\"occurredAt\":\"2024-05-01T10:01:00Z\"}");
    }

    @Test
    void updateReplacesDataButKeepsSince() {
        roster.apply(builder("ann", "c1", Action.ENTER, "2024-05-01T10:00:00+02:00")
                .data(Map.of("s", "online"))
                .build());

        Optional<RosterChange> change = roster.apply(builder("ann", "c1", Action.UPDATE, "2024-05-01T10:05:00+02:00")
                .data(Map.of("s", "away"))
                .build());

        assertThat(change).map(RosterChange::kind).contains(RosterChange.Kind.UPDATED);
        assertThat(snapshot())
                .containsExactly(
                        "{\"channel\":\"room\",\"clientId\":\"ann\",\"connectionId\":\"c1\",\"action\":\"present\","
                                + "\"data\":{\"s\":\"away\"},\"since\":\"2024-05-01T10:00:00+02:00\","
                                + "\"occurredAt\":\"2024-05-01T10:05:00+02:00\"}");
    }

    @Test
    void aGivenSinceWinsOverTheEnterTime() {
        roster.apply(builder("ann", null, Action.PRESENT, "2024-05-01T10:05:00Z")
                .since(OffsetDateTime.parse("2024-05-01T09:00:00Z"))
                .build());
        roster.apply(record("ann", null, Action.UPDATE, "2024-05-01T10:06:00Z"));

        assertThat(roster.snapshot())
                .singleElement()
                .extracting(RealtimePresence::since)
                .isEqualTo(OffsetDateTime.parse("2024-05-01T09:00:00Z"));
    }

    @Test
    void staleLeaveAfterNewerEnterIsIgnored() {
        roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:05:00Z"));

        Optional<RosterChange> change = roster.apply(record("ann", "c1", Action.LEAVE, "2024-05-01T10:00:00Z"));

        assertThat(change).isEmpty();
        assertThat(roster.snapshot())
                .singleElement()
                .extracting(RealtimePresence::occurredAt)
                .isEqualTo(OffsetDateTime.parse("2024-05-01T10:05:00Z"));
    }

    @Test
    void staleEnterAfterNewerLeaveIsIgnoredTooBecauseTheLeaveIsRemembered() {
        roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:00:00Z"));
        roster.apply(record("ann", "c1", Action.LEAVE, "2024-05-01T10:10:00Z"));

        assertThat(roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:05:00Z")))
                .isEmpty();
        assertThat(roster.snapshot()).isEmpty();
        assertThat(roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:15:00Z")))
                .map(RosterChange::kind)
                .contains(RosterChange.Kind.JOINED);
    }

    @Test
    void sameInstantInAnotherOffsetIsNotStale() {
        roster.apply(record("ann", "c1", Action.ENTER, "2024-05-01T10:00:00Z"));

        roster.apply(record("ann", "c1", Action.LEAVE, "2024-05-01T12:00:00+02:00"));

        assertThat(roster.snapshot()).isEmpty();
    }

    @Test
    void absentRemovesTheMember() {
        roster.apply(record("ann", "c1", Action.PRESENT, "2024-05-01T10:00:00Z"));
        roster.apply(record("bob", "c2", Action.PRESENT, "2024-05-01T10:00:00Z"));

        roster.apply(record("ann", "c1", Action.ABSENT, "2024-05-01T10:01:00Z"));

        assertThat(roster.snapshot()).extracting(RealtimePresence::clientId).containsExactly("bob");
    }

    @Test
    void recordsWithoutTimestampsApplyInArrivalOrder() {
        roster.apply(record("ann", null, Action.ENTER, null));
        roster.apply(record("ann", null, Action.LEAVE, null));
        roster.apply(record("bob", null, Action.ENTER, null));
        roster.apply(
                builder("bob", null, Action.UPDATE, null).data(Map.of("n", 2)).build());

        assertThat(snapshot())
                .containsExactly(
                        "{\"channel\":\"room\",\"clientId\":\"bob\",\"action\":\"present\",\"data\":{\"n\":2}}");
    }

    @Test
    void aRecordWithoutTimestampAppliesAfterATimedOne() {
        roster.apply(record("ann", null, Action.ENTER, "2024-05-01T10:00:00Z"));

        roster.apply(record("ann", null, Action.LEAVE, null));

        assertThat(roster.snapshot()).isEmpty();
    }

    @Test
    void leaveOfAnUnknownMemberChangesNothing() {
        assertThat(roster.apply(record("ann", "c1", Action.LEAVE, "2024-05-01T10:00:00Z")))
                .isEmpty();
        assertThat(roster.snapshot()).isEmpty();
    }

    @Test
    void snapshotIsSortedByChannelClientAndConnectionWithNoConnectionFirst() {
        roster.apply(builder("bob", "c1", Action.ENTER, null).channel("b").build());
        roster.apply(record("bob", "c2", Action.ENTER, null));
        roster.apply(record("bob", null, Action.ENTER, null));
        roster.apply(record("ann", "c9", Action.ENTER, null));

        assertThat(roster.snapshot())
                .extracting(r -> r.channel() + "/" + r.clientId() + "/" + r.connectionId())
                .containsExactly("b/bob/c1", "room/ann/c9", "room/bob/null", "room/bob/c2");
        assertThat(roster.snapshot())
                .allSatisfy(r -> assertThat(RealtimePresenceJson.validate(r)).isEmpty());
    }

    @Test
    void stateSurvivesJavaSerializationWithTombstones() throws IOException, ClassNotFoundException {
        roster.apply(builder("ann", "c1", Action.ENTER, "2024-05-01T10:00:00+02:00")
                .data(Map.of("n", 1))
                .build());
        roster.apply(record("bob", "c1", Action.ENTER, "2024-05-01T10:00:00Z"));
        roster.apply(record("bob", "c1", Action.LEAVE, "2024-05-01T10:10:00Z"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(roster);
        }
        Roster restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (Roster) in.readObject();
        }

        assertThat(restored.snapshot()).isEqualTo(roster.snapshot());
        assertThat(restored.apply(record("bob", "c1", Action.ENTER, "2024-05-01T10:05:00Z")))
                .isEmpty();
    }

    @Test
    void memberStateIsAJsonValueThatKeepsOffsets() {
        JsonMapper json = JsonMapper.builder().build();
        MemberState state = PresenceFold.apply(
                        null,
                        builder("ann", "c1", Action.ENTER, "2024-05-01T10:00:00+02:00")
                                .data(Map.of("tags", List.of("a", "b")))
                                .build())
                .state();

        String text = json.writeValueAsString(state);
        MemberState back = json.readValue(text, MemberState.class);

        assertThat(text)
                .isEqualTo("{\"present\":true,\"data\":{\"tags\":[\"a\",\"b\"]},"
                        + "\"since\":\"2024-05-01T10:00:00+02:00\",\"lastOccurredAt\":\"2024-05-01T10:00:00+02:00\"}");
        assertThat(back).isEqualTo(state);
        assertThat(json.readValue(json.writeValueAsString(new MemberKey("c", "a", null)), MemberKey.class))
                .isEqualTo(new MemberKey("c", "a", null));
    }

    @Test
    void foldIsPureAndLeavesItsInputUntouched() {
        RealtimePresence enter = record("ann", "c1", Action.ENTER, "2024-05-01T10:00:00Z");
        FoldStep first = PresenceFold.apply(null, enter);

        FoldStep again = PresenceFold.apply(null, enter);
        FoldStep update = PresenceFold.apply(first.state(), record("ann", "c1", Action.UPDATE, "2024-05-01T10:01:00Z"));

        assertThat(again).isEqualTo(first);
        assertThat(first.state().lastOccurredAt()).isEqualTo(OffsetDateTime.parse("2024-05-01T10:00:00Z"));
        assertThat(update.state().since()).isEqualTo(first.state().since());
        assertThat(update.change()).map(RosterChange::kind).contains(RosterChange.Kind.UPDATED);
    }
}
