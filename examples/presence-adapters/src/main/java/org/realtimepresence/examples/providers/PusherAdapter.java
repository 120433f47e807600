// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.realtimepresence.examples.providers.MappedRecord.member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * Pusher Channels: WebSocket frames ({@code subscription_succeeded}, {@code member_added},
 * {@code member_removed}) and webhook events, alone or in their {@code {time_ms, events}} envelope.
 * Pusher has no connection id.
 */
final class PusherAdapter implements PresenceAdapter {

    @Override
    public List<MappedRecord> map(PayloadNode document, AdapterContext context) {
        List<MappedRecord> records = new ArrayList<>();
        if (document.has("events")) {
            OffsetDateTime time = document.get("time_ms").epochMillisOrNull();
            for (PayloadNode event : document.get("events").elements()) {
                webhookEvent(event, time, context, records);
            }
        } else if (document.has("name")) {
            webhookEvent(document, null, context, records);
        } else if (document.has("event")) {
            frame(document, context, records);
        } else {
            throw document.fail("expected a Pusher WebSocket frame, a webhook event or a webhook envelope");
        }
        return records;
    }

    private static void webhookEvent(
            PayloadNode event, OffsetDateTime time, AdapterContext context, List<MappedRecord> records) {
        Action action =
                switch (event.get("name").text()) {
                    case "member_added" -> Action.ENTER;
                    case "member_removed" -> Action.LEAVE;
                    default -> null;
                };
        if (action != null) {
            records.add(new MappedRecord(
                    event,
                    member(
                                    context.channel(event.get("channel")),
                                    event.get("user_id").text(),
                                    action)
                            .occurredAt(context.occurredAt(time))));
        }
    }

    private static void frame(PayloadNode frame, AdapterContext context, List<MappedRecord> records) {
        String event = frame.get("event").text();
        String name = event.substring(event.indexOf(':') + 1);
        boolean presenceEvent = event.startsWith("pusher_internal:") || event.startsWith("pusher:");
        if (!presenceEvent
                || !List.of("subscription_succeeded", "member_added", "member_removed")
                        .contains(name)) {
            return;
        }
        String channel = context.channel(frame.get("channel"));
        PayloadNode data = frame.get("data").isString() ? frame.get("data").parsedString() : frame.get("data");
        OffsetDateTime occurredAt = context.occurredAt(null);
        if (name.equals("subscription_succeeded")) {
            PayloadNode presence = data.get("presence");
            for (PayloadNode id : presence.get("ids").elements()) {
                records.add(new MappedRecord(
                        id,
                        member(channel, id.text(), Action.PRESENT)
                                .data(presence.get("hash").get(id.text()).data())
                                .occurredAt(occurredAt)));
            }
        } else {
            boolean added = name.equals("member_added");
            records.add(new MappedRecord(
                    data,
                    member(channel, data.get("user_id").text(), added ? Action.ENTER : Action.LEAVE)
                            .data(added ? data.get("user_info").data() : null)
                            .occurredAt(occurredAt)));
        }
    }
}
