// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.time.OffsetDateTime;
import java.util.Map;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

/** Short ways to write the records the tests send. */
final class Presence {

    static final OffsetDateTime T0 = OffsetDateTime.parse("2024-05-01T10:00:00+02:00");

    private Presence() {}

    static RealtimePresence record(Action action, String channel, String client, String connection, int second) {
        return RealtimePresence.builder()
                .channel(channel)
                .clientId(client)
                .connectionId(connection)
                .action(action)
                .occurredAt(T0.plusSeconds(second))
                .build();
    }

    static RealtimePresence enter(String channel, String client, String connection, int second) {
        return record(Action.ENTER, channel, client, connection, second).toBuilder()
                .data(Map.of("at", second))
                .build();
    }

    static RealtimePresence leave(String channel, String client, String connection, int second) {
        return record(Action.LEAVE, channel, client, connection, second);
    }
}
