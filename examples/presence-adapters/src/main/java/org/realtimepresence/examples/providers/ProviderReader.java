// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.realtimepresence.model.RealtimePresence;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a stream of provider documents, one after another (one document, or JSON Lines of them), and maps them in
 * bounded memory. A document that lists events ({@link EventList}: PubNub's {@code m}, Pusher's webhook
 * {@code events}, an Ably array) is read and mapped one event at a time, so its size does not matter; any other
 * document, and each single event, is read whole, up to {@link #MAX_TREE_CHARS}. What is larger gets a
 * {@code limit} report and gives no records.
 *
 * <p>Each unit, an event or a whole document, is mapped before anything of it is handed on, so a failure never
 * leaves half of it written; a unit that fails is reported and the next one is read.
 */
public final class ProviderReader {

    /** The most characters of JSON read into memory at once: one event, or one document with no event list. */
    public static final int MAX_TREE_CHARS = 16 << 20;

    /** Where the outcome of each event or document goes. */
    public interface Sink {

        /** The valid records of one event or document, in document order. */
        void accept(List<RealtimePresence> records);

        /**
         * One event or document that gave no records.
         *
         * @param location {@code LINE} or {@code LINE:COLUMN} in the input, or null when no place applies
         * @param message  the provider, the JSON Pointer when there is one, and why
         */
        void reject(String location, String message);

        /** Asked between units: false stops reading, e.g. once standard output has failed. */
        default boolean wantsMore() {
            return true;
        }
    }

    /** One value at a time out of a stream that goes on after it. */
    private static final ObjectReader TREES =
            ProviderJson.mapper().readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Provider provider;
    private final AdapterContext context;
    private final long maxTreeChars;

    public ProviderReader(Provider provider, AdapterContext context) {
        this(provider, context, MAX_TREE_CHARS);
    }

    /** With another limit than {@link #MAX_TREE_CHARS}, so tests need no large inputs. */
    ProviderReader(Provider provider, AdapterContext context, long maxTreeChars) {
        this.provider = provider;
        this.context = context;
        this.maxTreeChars = maxTreeChars;
    }

    /**
     * Maps every document of {@code in}, which stays open.
     *
     * @throws IOException when reading fails; bad bytes, bad JSON and unmappable documents are reported instead
     */
    public void read(InputStream in, Sink sink) throws IOException {
        String name = provider.wireName();
        try (JsonParser parser = ProviderJson.mapper().createParser(new StrictUtf8Reader(in))) {
            while (sink.wantsMore() && parser.nextToken() != null) {
                document(parser, sink);
            }
        } catch (JacksonIOException e) {
            if (e.getCause() instanceof StrictUtf8Reader.NotUtf8Exception bad) {
                sink.reject(null, name + ": " + bad.getMessage() + "; the rest of this input is not read");
                return;
            }
            throw e.getCause() != null ? e.getCause() : new IOException(e.getOriginalMessage(), e);
        } catch (StreamConstraintsException e) {
            sink.reject(
                    where(e.getLocation()),
                    name + ": " + e.getOriginalMessage() + "; the rest of this input is not read [limit]");
        } catch (JacksonException e) {
            sink.reject(where(e.getLocation()), name + ": not valid JSON: " + e.getOriginalMessage());
        } catch (NumberFormatException | ArithmeticException e) {
            // A number no decimal can hold (1e-99999999999): the rest of the input cannot be read safely.
            sink.reject(
                    null,
                    name + ": a number is out of range: " + e.getMessage() + "; the rest of this input is not read");
        }
    }

    private void document(JsonParser parser, Sink sink) {
        EventList events = provider.events();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY && events.rootArray()) {
            streamEvents(parser, new Envelope(null), sink);
        } else if (token == JsonToken.START_OBJECT && events.member() != null) {
            object(parser, events, sink);
        } else {
            String line = line(parser);
            JsonNode document = boundedTree(parser, maxTreeChars);
            if (document == null) {
                tooLarge(parser, sink, line, "(document root)", "the document");
            } else {
                map(PayloadNode.root(provider.wireName(), document), line, sink);
            }
        }
    }

    /** An object that may list events under {@code events.member()}; the other members are its envelope. */
    private void object(JsonParser parser, EventList events, Sink sink) {
        String line = line(parser);
        long start = parser.currentTokenLocation().getCharOffset();
        ObjectNode envelope = ProviderJson.mapper().createObjectNode();
        List<Event> waiting = null;
        for (JsonToken token = parser.nextToken(); token == JsonToken.PROPERTY_NAME; token = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals(events.member()) && value == JsonToken.START_ARRAY && waiting == null) {
                Envelope list = new Envelope(name, envelope);
                if (envelope.propertyNames().containsAll(events.envelope())) {
                    if (!streamEvents(parser, list, sink)) {
                        return;
                    }
                    waiting = List.of();
                } else {
                    waiting = waitForEnvelope(parser, list, start, sink);
                    if (waiting == null) {
                        return;
                    }
                }
            } else {
                long used = parser.currentTokenLocation().getCharOffset() - start;
                JsonNode member = boundedTree(parser, maxTreeChars - used);
                if (member == null) {
                    tooLarge(parser, sink, line, "(document root)", "the document, without its list of events,");
                    return;
                }
                envelope.set(name, member);
            }
        }
        if (waiting == null) {
            map(PayloadNode.root(provider.wireName(), envelope), line, sink);
        } else {
            for (Event event : waiting) {
                mapEvent(new Envelope(events.member(), envelope), event, sink);
            }
        }
    }

    /**
     * Maps each element of the array at the parser as soon as it is read; false when it stopped early and
     * skipped the rest of the document.
     */
    private boolean streamEvents(JsonParser parser, Envelope envelope, Sink sink) {
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String line = line(parser);
            JsonNode element = boundedTree(parser, maxTreeChars);
            if (element == null) {
                tooLarge(parser, sink, line, envelope.pointer(index).toString(), "the event");
                return false;
            }
            mapEvent(envelope, new Event(line, index++, element), sink);
            if (!sink.wantsMore()) {
                skipRest(parser);
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the events that come before the envelope members they need (Pusher's {@code time_ms} after
     * {@code events}), up to the size limit: null, after a report, when they do not fit.
     */
    private List<Event> waitForEnvelope(JsonParser parser, Envelope envelope, long start, Sink sink) {
        List<Event> waiting = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            String line = line(parser);
            long used = parser.currentTokenLocation().getCharOffset() - start;
            JsonNode element = boundedTree(parser, maxTreeChars - used);
            if (element == null) {
                tooLarge(
                        parser,
                        sink,
                        line,
                        envelope.pointer(index).toString(),
                        "the events before "
                                + String.join(" and ", provider.events().envelope()) + ", which they need,");
                return null;
            }
            waiting.add(new Event(line, index++, element));
        }
        return waiting;
    }

    private void mapEvent(Envelope envelope, Event event, Sink sink) {
        ArrayNode one = ProviderJson.mapper().createArrayNode().add(event.node());
        JsonNode document;
        if (envelope.member() == null) {
            document = one;
        } else {
            ObjectNode object = ProviderJson.mapper().createObjectNode();
            object.setAll(envelope.members());
            object.set(envelope.member(), one);
            document = object;
        }
        map(PayloadNode.window(provider.wireName(), document, envelope.pointer(), event.index()), event.line(), sink);
    }

    private void map(PayloadNode document, String line, Sink sink) {
        List<RealtimePresence> records;
        try {
            records = provider.normalize(document, context);
        } catch (MappingException e) {
            sink.reject(line, e.getMessage());
            return;
        } catch (RuntimeException e) {
            // A document no mapping rule foresaw: report it and go on with the next one.
            sink.reject(line, provider.wireName() + ": cannot map this document: " + e);
            return;
        }
        sink.accept(records);
    }

    private void tooLarge(JsonParser parser, Sink sink, String line, String pointer, String what) {
        sink.reject(
                line,
                provider.wireName() + ": " + pointer + ": " + what + " is larger than " + maxTreeChars
                        + " characters, the most read at once; it gives no records [limit]");
        skipRest(parser);
    }

    /** Skips to the end of the current document, reading nothing into memory. */
    private static void skipRest(JsonParser parser) {
        while (parser.streamReadContext().getNestingDepth() > 0 && parser.nextToken() != null) {
            // skipping
        }
    }

    /**
     * The value at the parser as a tree, or null when it spans more than {@code budget} characters; then the
     * parser stands somewhere inside it.
     */
    private static JsonNode boundedTree(JsonParser parser, long budget) {
        if (budget <= 0) {
            return null;
        }
        long end = parser.currentTokenLocation().getCharOffset() + budget;
        try {
            return TREES.readValue(new Bounded(parser, end));
        } catch (Bounded.OverBudget e) {
            return null;
        }
    }

    private static String line(JsonParser parser) {
        return String.valueOf(parser.currentTokenLocation().getLineNr());
    }

    private static String where(TokenStreamLocation at) {
        return at == null ? null : at.getLineNr() + ":" + at.getColumnNr();
    }

    /** The members around a list of events, and where the list is. */
    private record Envelope(String member, ObjectNode members) {

        Envelope(String member) {
            this(member, null);
        }

        JsonPointer pointer() {
            return member == null ? JsonPointer.empty() : JsonPointer.empty().appendProperty(member);
        }

        JsonPointer pointer(int index) {
            return pointer().appendIndex(index);
        }
    }

    private record Event(String line, int index, JsonNode node) {}

    /** A parser that gives up once it has read past a character offset. */
    private static final class Bounded extends JsonParserDelegate {

        /** Routine, so without a stack trace. */
        static final class OverBudget extends RuntimeException {

            private static final long serialVersionUID = 1L;

            @SuppressWarnings("StaticAssignmentOfThrowable") // stackless and immutable, so one instance serves all
            static final OverBudget INSTANCE = new OverBudget();

            private OverBudget() {
                super("over budget", null, false, false);
            }
        }

        private final long end;

        Bounded(JsonParser parser, long end) {
            super(parser);
            this.end = end;
        }

        @Override
        public JsonToken nextToken() {
            return checked(delegate.nextToken());
        }

        @Override
        public JsonToken nextValue() {
            return checked(delegate.nextValue());
        }

        @Override
        public String nextName() {
            String name = delegate.nextName();
            checked(null);
            return name;
        }

        private JsonToken checked(JsonToken token) {
            if (delegate.currentLocation().getCharOffset() > end) {
                throw OverBudget.INSTANCE;
            }
            return token;
        }
    }
}
