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
@SuppressWarnings("ImmutableEnumChecker") // every adapter is stateless; the interface cannot say so without a dependency
public enum Provider {
    ABLY(new AblyAdapter()),
    PUSHER(new PusherAdapter()),
    PUBNUB(new PubNubAdapter()),
    PHOENIX(new PhoenixAdapter()),
    LIVEKIT(new LiveKitAdapter());

    private final PresenceAdapter adapter;

    Provider(PresenceAdapter adapter) {
        this.adapter = adapter;
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
        List<RealtimePresence> records = new ArrayList<>();
        for (MappedRecord mapped : adapter.map(PayloadNode.root(wireName(), document), context)) {
            List<Violation> violations = RealtimePresenceJson.validate(mapped.record());
            if (!violations.isEmpty()) {
                throw mapped.source().fail("it maps to a record that breaks the presence schema: "
                        + violations.stream()
                                .map(v -> v.pointer() + " " + v.message() + " [" + v.keyword() + "]")
                                .collect(Collectors.joining("; ")));
            }
            records.add(mapped.record());
        }
        return records;
    }
}
