// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.realtimepresence.examples.roster.MemberKey;
import org.realtimepresence.examples.roster.RosterChange;

/**
 * What the fold sends on: a member's visible change, for the member topic, or a channel's snapshot, for the
 * snapshot topic; exactly one is set. It only flows between processors of one task, so it needs no serde.
 */
record RosterUpdate(RosterChange change, String snapshotJson) {

    static RosterUpdate of(RosterChange change) {
        return new RosterUpdate(change, null);
    }

    static RosterUpdate snapshot(String json) {
        return new RosterUpdate(null, json);
    }

    boolean isSnapshot() {
        return snapshotJson != null;
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
