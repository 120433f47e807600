// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;
import org.realtimepresence.model.RealtimePresence;

/** One member of a channel: a client on one connection, or on no known connection. */
public record MemberKey(String channel, String clientId, String connectionId)
        implements Comparable<MemberKey>, Serializable {

    private static final Comparator<MemberKey> ORDER = Comparator.comparing(MemberKey::channel)
            .thenComparing(MemberKey::clientId)
            .thenComparing(MemberKey::connectionId, Comparator.nullsFirst(Comparator.naturalOrder()));

    public MemberKey {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clientId, "clientId");
    }

    public static MemberKey of(RealtimePresence record) {
        return new MemberKey(record.channel(), record.clientId(), record.connectionId());
    }

    /** Channel, then client, then connection, with "no connection" first. */
    @Override
    public int compareTo(MemberKey other) {
        return ORDER.compare(this, other);
    }
}
