// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.realtimepresence.examples.providers.MappedRecord.member;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * PubNub: subscribe responses (only {@code -pnpres} messages), a single presence event, and Here Now
 * responses in their multi-channel and single-channel forms. {@code clientId} is the {@code uuid}.
 */
final class PubNubAdapter implements PresenceAdapter {

    private static final String PRESENCE_SUFFIX = "-pnpres";
    private static final List<String> INTERVAL_JOINS = List.of("join", "joined");
    private static final List<String> INTERVAL_LEAVES = List.of("leave", "left", "timeout", "timedout");

    @Override
    public List<MappedRecord> map(PayloadNode document, AdapterContext context) {
        List<MappedRecord> records = new ArrayList<>();
        if (document.has("m")) {
            for (PayloadNode message : document.get("m").elements()) {
                String channel = message.get("c").text();
                if (channel.endsWith(PRESENCE_SUFFIX)) {
                    String base = channel.substring(0, channel.length() - PRESENCE_SUFFIX.length());
                    event(message.get("d"), base, context, records);
                }
            }
        } else if (document.get("payload").has("channels")) {
            for (Map.Entry<String, PayloadNode> channel :
                    document.get("payload").get("channels").properties().entrySet()) {
                occupants(channel.getValue().get("uuids"), channel.getKey(), context, records);
            }
        } else if (document.has("uuids")) {
            occupants(
                    document.get("uuids"),
                    context.requireChannel(document, "a single-channel Here Now response"),
                    context,
                    records);
        } else if (document.has("action")) {
            event(document, context.requireChannel(document, "a single PubNub presence event"), context, records);
        } else {
            throw document.fail("expected a PubNub subscribe response, a presence event or a Here Now response");
        }
        return records;
    }

    private static void event(PayloadNode event, String channel, AdapterContext context, List<MappedRecord> records) {
        PayloadNode action = event.get("action");
        OffsetDateTime occurredAt = context.occurredAt(event.get("timestamp").epochSecondsOrNull());
        switch (action.text()) {
            case "join" -> records.add(single(event, channel, Action.ENTER, occurredAt));
            case "leave", "timeout" -> records.add(single(event, channel, Action.LEAVE, occurredAt));
            case "state-change" -> records.add(single(event, channel, Action.UPDATE, occurredAt));
            case "interval" -> {
                interval(event, INTERVAL_JOINS, channel, Action.ENTER, occurredAt, records);
                interval(event, INTERVAL_LEAVES, channel, Action.LEAVE, occurredAt, records);
            }
            default ->
                throw action.fail(
                        "unknown PubNub presence action; expected join, leave, timeout, state-change or interval");
        }
    }

    private static MappedRecord single(PayloadNode event, String channel, Action action, OffsetDateTime occurredAt) {
        return new MappedRecord(
                event,
                member(channel, event.get("uuid").text(), action)
                        .data(event.get("data").data())
                        .occurredAt(occurredAt));
    }

    /** An interval event lists ids per kind of change instead of sending one event each. */
    private static void interval(
            PayloadNode event,
            List<String> fields,
            String channel,
            Action action,
            OffsetDateTime occurredAt,
            List<MappedRecord> records) {
        for (String field : fields) {
            for (PayloadNode id : event.get(field).elementsOrNone()) {
                records.add(
                        new MappedRecord(id, member(channel, id.text(), action).occurredAt(occurredAt)));
            }
        }
    }

    /** Here Now lists ids as strings, or as {@code {uuid, state}} objects when state was asked for. */
    private static void occupants(
            PayloadNode uuids, String channel, AdapterContext context, List<MappedRecord> records) {
        for (PayloadNode occupant : uuids.elementsOrNone()) {
            String uuid =
                    occupant.isString() ? occupant.text() : occupant.get("uuid").text();
            records.add(new MappedRecord(
                    occupant,
                    member(channel, uuid, Action.PRESENT)
                            .data(
                                    occupant.isString()
                                            ? null
                                            : occupant.get("state").data())
                            .occurredAt(context.occurredAt(null))));
        }
    }
}
