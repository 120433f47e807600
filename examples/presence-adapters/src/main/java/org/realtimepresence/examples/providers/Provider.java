// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.JsonNode;

/** The supported providers, each with its adapter. */
@SuppressWarnings(
        "ImmutableEnumChecker") // every adapter is stateless; the interface cannot say so without a dependency
public enum Provider {
    /** A history array or a batch presence response: the document itself is the list. */
    ABLY(new AblyAdapter(), EventList.ROOT_ARRAY),
    /** A webhook envelope {@code {time_ms, events}}. */
    PUSHER(new PusherAdapter(), EventList.member("events", "time_ms")),
    /** A subscribe response {@code {t, m}}. */
    PUBNUB(new PubNubAdapter(), EventList.member("m")),
    PHOENIX(new PhoenixAdapter(), EventList.NONE),
    LIVEKIT(new LiveKitAdapter(), EventList.NONE);

    private final PresenceAdapter adapter;
    private final EventList events;

    Provider(PresenceAdapter adapter, EventList events) {
        this.adapter = adapter;
        this.events = events;
    }

    /** Where a document of this provider lists events that may be mapped one at a time. */
    EventList events() {
        return events;
    }

    /** The name used on the command line and in error messages, e.g. {@code pubnub}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The canonical records in one provider document, each checked against the presence schema.
     *
     * @return the records in document order; empty when the document holds no presence event
     * @throws MappingException when the document cannot be mapped, naming the provider, the JSON Pointer and why
     */
    public List<RealtimePresence> normalize(JsonNode document, AdapterContext context) {
        return normalize(PayloadNode.root(wireName(), document), context);
    }

    List<RealtimePresence> normalize(PayloadNode document, AdapterContext context) {
        List<RealtimePresence> records = new ArrayList<>();
        for (MappedRecord mapped : adapter.map(document, context)) {
            List<Violation> violations = RealtimePresenceJson.validate(mapped.record());
            if (!violations.isEmpty()) {
                throw mapped.source()
                        .fail("it maps to a record that breaks the presence schema: "
                                + violations.stream()
                                        .map(v -> v.pointer() + " " + v.message() + " [" + v.keyword() + "]")
                                        .collect(Collectors.joining("; ")));
            }
            records.add(mapped.record());
        }
        return records;
    }
}
