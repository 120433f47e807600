// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.realtimepresence.examples.providers.MappedRecord.member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * LiveKit: webhook events (protojson, so 64-bit integers may be strings) and {@code ListParticipants}
 * responses. A participant is {@code identity} on connection {@code sid}; events other than participants
 * joining or leaving give no records.
 */
final class LiveKitAdapter implements PresenceAdapter {

    @Override
    public List<MappedRecord> map(PayloadNode document, AdapterContext context) {
        List<MappedRecord> records = new ArrayList<>();
        if (document.has("event")) {
            Action action =
                    switch (document.get("event").text()) {
                        case "participant_joined" -> Action.ENTER;
                        case "participant_left", "participant_connection_aborted" -> Action.LEAVE;
                        default -> null;
                    };
            if (action != null) {
                String channel = context.channel(document.get("room").get("name"));
                OffsetDateTime createdAt = document.get("createdAt").epochSecondsOrNull();
                records.add(new MappedRecord(
                        document.get("participant"),
                        participant(document.get("participant"), channel, action)
                                .occurredAt(context.occurredAt(createdAt))));
            }
        } else if (document.has("participants")) {
            String channel = context.requireChannel(document, "a LiveKit ListParticipants response");
            for (PayloadNode participant : document.get("participants").elements()) {
                records.add(new MappedRecord(
                        participant,
                        participant(participant, channel, Action.PRESENT)
                                .since(joinedAt(participant))
                                .occurredAt(context.occurredAt(null))));
            }
        } else {
            throw document.fail("expected a LiveKit webhook event or a ListParticipants response");
        }
        return records;
    }

    private static RealtimePresence.Builder participant(PayloadNode participant, String channel, Action action) {
        Map<String, Object> data = new LinkedHashMap<>();
        putIfPresent(data, "name", participant.get("name").textOrNull());
        putIfPresent(data, "metadata", participant.get("metadata").textOrNull());
        if (participant.has("attributes")) {
            // ParticipantInfo.attributes is a string map: anything but an object is a malformed payload.
            participant.get("attributes").properties();
            putIfPresent(data, "attributes", participant.get("attributes").data());
        }
        return member(channel, participant.get("identity").text(), action)
                .connectionId(participant.get("sid").textOrNull())
                .data(data.isEmpty() ? null : data);
    }

    private static OffsetDateTime joinedAt(PayloadNode participant) {
        OffsetDateTime millis = participant.get("joinedAtMs").epochMillisOrNull();
        return millis != null ? millis : participant.get("joinedAt").epochSecondsOrNull();
    }

    private static void putIfPresent(Map<String, Object> data, String name, Object value) {
        if (value != null) {
            data.put(name, value);
        }
    }
}
