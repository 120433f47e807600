package org.realtimepresence.examples.kafka;

import java.util.List;
import java.util.stream.Collectors;
import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.RosterChange;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * What one record changed in its channel: the member's change and the channel's members afterwards.
 * It only flows between processors of one task, so it needs no serde.
 */
record RosterUpdate(RosterChange change, List<RealtimePresence> snapshot) {

    /** The snapshot as a JSON array of {@code present} records. */
    String snapshotJson() {
        return snapshot.stream().map(RealtimePresenceJson::write).collect(Collectors.joining(",", "[", "]"));
    }

    /** The member topic's key for this change; see {@link #memberTopicKey(MemberKey)}. */
    String memberTopicKey() {
        return memberTopicKey(change.member());
    }

    /**
     * {@code channel/clientId/connectionId}, or {@code channel/clientId} for a member without a
     * connection. {@code %} and {@code /} inside a part are written {@code %25} and {@code %2F}, so two
     * members never share a key: on a compacted topic one member's tombstone must not remove another.
     */
    static String memberTopicKey(MemberKey member) {
        String key = part(member.channel()) + "/" + part(member.clientId());
        return member.connectionId() == null ? key : key + "/" + part(member.connectionId());
    }

    private static String part(String value) {
        return value.replace("%", "%25").replace("/", "%2F");
    }
}
