package org.realtimepresence.examples.kafka;

import java.util.List;
import java.util.stream.Collectors;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.RosterChange;
import org.realtimepresence.model.PresenceJson;
import org.realtimepresence.model.RealtimePresence;

/**
 * What one record changed in its channel: the member's change and the channel's members afterwards.
 * It only flows between processors of one task, so it needs no serde.
 */
record RosterUpdate(RosterChange change, List<RealtimePresence> snapshot) {

    /** The snapshot as a JSON array of {@code present} records. */
    String snapshotJson() {
        return snapshot.stream().map(PresenceJson::write).collect(Collectors.joining(",", "[", "]"));
    }

    /** The member topic's key, {@code channel/clientId/connectionId} (empty connection when there is none). */
    String memberTopicKey() {
        MemberKey member = change.member();
        String connection = member.connectionId() == null ? "" : member.connectionId();
        return member.channel() + "/" + member.clientId() + "/" + connection;
    }
}
