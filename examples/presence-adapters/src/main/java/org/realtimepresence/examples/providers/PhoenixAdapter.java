// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.realtimepresence.examples.providers.MappedRecord.member;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.realtimepresence.model.RealtimePresence.Action;

/**
 * Phoenix Presence: {@code presence_state} and {@code presence_diff} payloads, alone (the channel must be
 * given) or inside V2 array frames and V1 object frames, whose topic is the channel. Each meta is one
 * connection: {@code phx_ref} is its connection id.
 */
final class PhoenixAdapter implements PresenceAdapter {

    private static final Set<String> REFS = Set.of("phx_ref", "phx_ref_prev");
    private static final int V2_FRAME_SIZE = 5;

    @Override
    public List<MappedRecord> map(PayloadNode document, AdapterContext context) {
        List<MappedRecord> records = new ArrayList<>();
        if (document.isArray() && document.size() == V2_FRAME_SIZE) {
            event(document.get(3).text(), document.get(4), document.get(2).text(), context, records);
        } else if (document.isObject() && document.has("topic") && document.has("event")) {
            event(
                    document.get("event").text(),
                    document.get("payload"),
                    document.get("topic").text(),
                    context,
                    records);
        } else if (document.isObject()) {
            String channel = context.requireChannel(document, "a Phoenix presence payload");
            if (isDiff(document)) {
                diff(document, channel, context, records);
            } else {
                state(document, channel, context, records);
            }
        } else {
            throw document.fail("expected a Phoenix presence payload, a V2 array frame or a V1 object frame");
        }
        return records;
    }

    private static void event(
            String event, PayloadNode payload, String channel, AdapterContext context, List<MappedRecord> records) {
        switch (event) {
            case "presence_state" -> state(payload, channel, context, records);
            case "presence_diff" -> diff(payload, channel, context, records);
            default -> {} // any other channel event carries no presence
        }
    }

    /**
     * A diff has only {@code joins} and {@code leaves}, each keyed by member; a state is keyed by member, and
     * every member holds {@code metas} directly.
     */
    private static boolean isDiff(PayloadNode payload) {
        Set<String> keys = payload.properties().keySet();
        return !keys.isEmpty()
                && Set.of("joins", "leaves").containsAll(keys)
                && keys.stream().noneMatch(key -> payload.get(key).has("metas"));
    }

    private static void state(PayloadNode payload, String channel, AdapterContext context, List<MappedRecord> records) {
        for (Map.Entry<String, PayloadNode> entry : payload.properties().entrySet()) {
            for (PayloadNode meta : entry.getValue().get("metas").elements()) {
                records.add(record(channel, entry.getKey(), meta, Action.PRESENT, context));
            }
        }
    }

    /**
     * A join whose meta has {@code phx_ref_prev} is an update that moved the member to a new {@code phx_ref}:
     * it becomes an {@code absent} for the previous ref, then an {@code update} for the new one, so that no
     * ghost of the old ref stays in a roster. The absent carries the departed meta's data when the diff
     * holds the matching leave (which it then replaces), as that leave would have.
     */
    private static void diff(PayloadNode payload, String channel, AdapterContext context, List<MappedRecord> records) {
        Map<String, List<PayloadNode>> leaves = new LinkedHashMap<>();
        for (Map.Entry<String, PayloadNode> entry :
                payload.get("leaves").propertiesOrNone().entrySet()) {
            leaves.put(
                    entry.getKey(),
                    new ArrayList<>(entry.getValue().get("metas").elements()));
        }
        for (Map.Entry<String, PayloadNode> entry :
                payload.get("joins").propertiesOrNone().entrySet()) {
            List<PayloadNode> leftMetas = leaves.getOrDefault(entry.getKey(), new ArrayList<>());
            for (PayloadNode meta : entry.getValue().get("metas").elements()) {
                String previous = meta.get("phx_ref_prev").textOrNull();
                if (previous == null) {
                    records.add(record(channel, entry.getKey(), meta, Action.ENTER, context));
                    continue;
                }
                PayloadNode departed = consumeLeave(leftMetas, previous);
                MappedRecord absent = departed != null
                        ? record(channel, entry.getKey(), departed, Action.ABSENT, context)
                        : new MappedRecord(
                                meta,
                                member(channel, entry.getKey(), Action.ABSENT)
                                        .connectionId(previous)
                                        .occurredAt(context.occurredAt(null)));
                records.add(absent);
                records.add(record(channel, entry.getKey(), meta, Action.UPDATE, context));
            }
        }
        for (Map.Entry<String, List<PayloadNode>> entry : leaves.entrySet()) {
            for (PayloadNode meta : entry.getValue()) {
                records.add(record(channel, entry.getKey(), meta, Action.LEAVE, context));
            }
        }
    }

    /** Removes and returns the first leave meta whose {@code phx_ref} is {@code ref}, or null. */
    private static PayloadNode consumeLeave(List<PayloadNode> leftMetas, String ref) {
        for (int i = 0; i < leftMetas.size(); i++) {
            if (Objects.equals(ref, leftMetas.get(i).get("phx_ref").textOrNull())) {
                return leftMetas.remove(i);
            }
        }
        return null;
    }

    private static MappedRecord record(
            String channel, String key, PayloadNode meta, Action action, AdapterContext context) {
        return new MappedRecord(
                meta,
                member(channel, key, action)
                        .connectionId(meta.get("phx_ref").textOrNull())
                        .data(meta.dataWithout(REFS))
                        .occurredAt(context.occurredAt(null)));
    }
}
