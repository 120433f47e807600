// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.realtimepresence.examples.providers.MappedRecord.member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * Ably: a PresenceMessage or an array of them (history), a REST batch presence response, a webhook
 * envelope, or a realtime ProtocolMessage ({@code PRESENCE} or {@code SYNC}).
 */
final class AblyAdapter implements PresenceAdapter {

    /** Ably's presence action codes, by their names, so that no enum order is assumed. */
    private static final Map<Long, String> ACTION_CODES =
            Map.of(0L, "absent", 1L, "present", 2L, "enter", 3L, "leave", 4L, "update");

    private static final long PRESENCE = 14;
    private static final long SYNC = 16;

    @Override
    public List<MappedRecord> map(PayloadNode document, AdapterContext context) {
        List<MappedRecord> records = new ArrayList<>();
        if (document.isArray()) {
            for (PayloadNode element : document.elements()) {
                if (element.has("presence")) {
                    String channel = element.get("channel").text();
                    messages(element.get("presence"), channel, null, null, context, records);
                } else {
                    String channel = context.requireChannel(element, "a message of an Ably presence history array");
                    records.add(message(element, channel, null, null, context));
                }
            }
        } else if (!document.isObject()) {
            throw document.fail("expected an Ably presence message, an array of them, a batch presence response,"
                    + " a webhook envelope or a protocol message");
        } else if (document.has("items")) {
            for (PayloadNode item : document.get("items").elements()) {
                if ("channel.presence".equals(item.get("source").textOrNull())) {
                    PayloadNode data = item.get("data");
                    messages(data.get("presence"), data.get("channelId").text(), null, null, context, records);
                }
            }
        } else if (document.has("presence")) {
            long action = document.get("action").integer();
            if (action == PRESENCE || action == SYNC) {
                messages(
                        document.get("presence"),
                        context.channel(document.get("channel")),
                        document.get("connectionId").textOrNull(),
                        document.get("timestamp").epochMillisOrNull(),
                        context,
                        records);
            }
        } else {
            records.add(message(
                    document, context.requireChannel(document, "an Ably presence message"), null, null, context));
        }
        return records;
    }

    private static void messages(
            PayloadNode array,
            String channel,
            String envelopeConnectionId,
            OffsetDateTime envelopeTimestamp,
            AdapterContext context,
            List<MappedRecord> records) {
        for (PayloadNode message : array.elements()) {
            records.add(message(message, channel, envelopeConnectionId, envelopeTimestamp, context));
        }
    }

    private static MappedRecord message(
            PayloadNode message,
            String channel,
            String envelopeConnectionId,
            OffsetDateTime envelopeTimestamp,
            AdapterContext context) {
        String connectionId = message.get("connectionId").textOrNull();
        OffsetDateTime timestamp = message.get("timestamp").epochMillisOrNull();
        return new MappedRecord(
                message,
                member(channel, message.get("clientId").text(), action(message.get("action")))
                        .connectionId(connectionId != null ? connectionId : envelopeConnectionId)
                        .data(data(message))
                        .occurredAt(context.occurredAt(timestamp != null ? timestamp : envelopeTimestamp)));
    }

    private static Action action(PayloadNode action) {
        String name = action.isString() ? action.text() : ACTION_CODES.get(action.integer());
        if (name == null || !ACTION_CODES.containsValue(name)) {
            throw action.fail("unknown presence action; expected 0-4 or one of " + ACTION_CODES.values());
        }
        return Action.fromValue(name);
    }

    /** Ably sends structured data as a string marked {@code "encoding": "json"}. */
    private static Map<String, Object> data(PayloadNode message) {
        PayloadNode data = message.get("data");
        String encoding = message.get("encoding").textOrNull();
        if (encoding == null || encoding.isEmpty()) {
            return data.data();
        }
        if (encoding.equals("json")) {
            return data.parsedString().data();
        }
        throw message.get("encoding").fail("unsupported data encoding \"" + encoding + "\"; only json is decoded");
    }
}
