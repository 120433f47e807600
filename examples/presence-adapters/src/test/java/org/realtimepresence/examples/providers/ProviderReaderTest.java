// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * Provider documents that list events are read one event at a time, whatever their size; a reader with a
 * 2,000-character limit stands in for the real 16 MiB one, so no test needs a large input.
 */
class ProviderReaderTest {

    private static final int LIMIT = 2_000;

    @Test
    void aPubNubDocumentManyTimesTheLimitIsMappedEventByEvent() throws IOException {
        int events = 5_000; // about 500 KB, 250 times the limit
        Outcome outcome = read(Provider.PUBNUB, pubNub(events));

        assertThat(outcome.problems).isEmpty();
        assertThat(outcome.records).hasSize(events);
        assertThat(outcome.records.get(events - 1)).contains("\"clientId\":\"u" + (events - 1) + "\"");
    }

    @Test
    void aBadEventIsReportedWithItsRealPointerAndTheOthersAreStillMapped() throws IOException {
        Outcome outcome = read(
                Provider.PUBNUB,
                """
                {"t":"1","m":[
                {"c":"ch-pnpres","d":{"action":"join","uuid":"a","timestamp":1700000000}},
                {"c":"ch-pnpres","d":{"action":"dance","uuid":"b","timestamp":1700000000}},
                {"c":"ch-pnpres","d":{"action":"join","uuid":"c","timestamp":1700000000}}]}
                """);

        assertThat(outcome.records).hasSize(2);
        assertThat(outcome.problems)
                .containsExactly("3: pubnub: /m/1/d/action: unknown PubNub presence action;"
                        + " expected join, leave, timeout, state-change or interval");
    }

    @Test
    void anEventOverTheLimitIsALimitReportAndTheNextDocumentIsStillRead() throws IOException {
        String big = "{\"c\":\"ch-pnpres\",\"d\":{\"action\":\"join\",\"uuid\":\"big\",\"data\":{\"x\":\""
                + "y".repeat(LIMIT) + "\"}}}";
        Outcome outcome = read(
                Provider.PUBNUB, "{\"t\":\"1\",\"m\":[" + event(0) + "," + big + "," + event(2) + "]}\n" + pubNub(1));

        assertThat(outcome.problems)
                .singleElement()
                .asString()
                .startsWith("1: pubnub: /m/1: the event is larger than 2000 characters")
                .endsWith("[limit]");
        assertThat(outcome.records).extracting(ProviderReaderTest::clientId).containsExactly("u0", "u0");
    }

    @Test
    void aDocumentWithoutAListOfEventsOverTheLimitIsALimitReport() throws IOException {
        String phoenix = "{\"u1\":{\"metas\":[{\"phx_ref\":\"r\",\"x\":\"" + "y".repeat(LIMIT) + "\"}]}}\n"
                + "{\"u2\":{\"metas\":[{\"phx_ref\":\"r\"}]}}\n";
        Outcome outcome = read(Provider.PHOENIX, phoenix, new AdapterContext("room", null));

        assertThat(outcome.problems)
                .singleElement()
                .asString()
                .startsWith("1: phoenix: (document root): the document is larger than 2000 characters");
        assertThat(outcome.records).extracting(ProviderReaderTest::clientId).containsExactly("u2");
    }

    @Test
    void pusherEventsBeforeTheirTimeWaitForIt() throws IOException {
        Outcome outcome = read(
                Provider.PUSHER,
                """
                {"events":[{"name":"member_added","channel":"presence-a","user_id":"u1"}],"time_ms":1700000000000}
                """);

        assertThat(outcome.problems).isEmpty();
        assertThat(outcome.records).singleElement().asString().contains("\"occurredAt\":\"2023-11-14T22:13:20Z\"");
    }

    @Test
    void pusherEventsBeforeTheirTimeThatDoNotFitAreALimitReport() throws IOException {
        String events = IntStream.range(0, 100)
                .mapToObj(i -> "{\"name\":\"member_added\",\"channel\":\"presence-a\",\"user_id\":\"u" + i + "\"}")
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        Outcome outcome = read(Provider.PUSHER, "{\"events\":[" + events + "],\"time_ms\":1700000000000}\n");

        assertThat(outcome.records).isEmpty();
        assertThat(outcome.problems)
                .singleElement()
                .asString()
                .contains("pusher: /events/", "the events before time_ms, which they need, is larger than")
                .endsWith("[limit]");
    }

    @Test
    void ablyArraysAreMappedElementByElement() throws IOException {
        Outcome outcome = read(
                Provider.ABLY,
                """
                [{"clientId":"a","action":"enter"},
                 {"action":"enter"},
                 {"clientId":"c","action":2}]
                """,
                new AdapterContext("room", null));

        assertThat(outcome.records).extracting(ProviderReaderTest::clientId).containsExactly("a", "c");
        assertThat(outcome.problems).containsExactly("2: ably: /1/clientId: missing; expected a string");
    }

    @Test
    void bytesThatAreNotUtf8AreBadInputWithTheirOffset() throws IOException {
        Outcome outcome = read(
                Provider.PUBNUB, new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, '"', '}'}, AdapterContext.NONE);

        assertThat(outcome.problems)
                .containsExactly(
                        "pubnub: not valid UTF-8: malformed byte sequence at byte offset 6; the rest of this input is not read");
    }

    @Test
    void nulBytesAreNotGuessedToBeUtf32() throws IOException {
        Outcome outcome = read(Provider.PUBNUB, new byte[] {0, 0, 0, (byte) 0xaa, (byte) 0xdc}, AdapterContext.NONE);

        assertThat(outcome.records).isEmpty();
        assertThat(outcome.problems)
                .containsExactly(
                        "pubnub: not valid UTF-8: malformed byte sequence at byte offset 3; the rest of this input is not read");
    }

    @Test
    void aByteOrderMarkIsSkipped() throws IOException {
        byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream(bom),
                new ByteArrayInputStream(pubNub(1).getBytes(StandardCharsets.UTF_8)));
        Outcome outcome = new Outcome();
        new ProviderReader(Provider.PUBNUB, AdapterContext.NONE, LIMIT).read(in, outcome);

        assertThat(outcome.problems).isEmpty();
        assertThat(outcome.records).hasSize(1);
    }

    @Test
    void aSinkThatWantsNoMoreStopsTheReading() throws IOException {
        Outcome outcome = new Outcome() {
            @Override
            public boolean wantsMore() {
                return records.size() < 3;
            }
        };
        new ProviderReader(Provider.PUBNUB, AdapterContext.NONE, LIMIT)
                .read(new ByteArrayInputStream((pubNub(100) + pubNub(1)).getBytes(StandardCharsets.UTF_8)), outcome);

        assertThat(outcome.records).hasSize(3);
    }

    static String pubNub(int events) {
        StringBuilder document = new StringBuilder("{\"t\":{\"t\":\"1\",\"r\":1},\"m\":[");
        for (int i = 0; i < events; i++) {
            document.append(i == 0 ? "" : ",").append(event(i));
        }
        return document.append("]}\n").toString();
    }

    private static String event(int i) {
        return "{\"a\":\"1\",\"c\":\"ch-pnpres\",\"d\":{\"action\":\"join\",\"uuid\":\"u" + i
                + "\",\"timestamp\":1700000000,\"occupancy\":1}}";
    }

    private static String clientId(String record) {
        return RealtimePresenceJson.read(record).clientId();
    }

    private static Outcome read(Provider provider, String json) throws IOException {
        return read(provider, json, AdapterContext.NONE);
    }

    private static Outcome read(Provider provider, String json, AdapterContext context) throws IOException {
        return read(provider, json.getBytes(StandardCharsets.UTF_8), context);
    }

    private static Outcome read(Provider provider, byte[] json, AdapterContext context) throws IOException {
        Outcome outcome = new Outcome();
        new ProviderReader(provider, context, LIMIT).read(new ByteArrayInputStream(json), outcome);
        return outcome;
    }

    /** Records as canonical JSON, problems as {@code LOCATION: MESSAGE}. */
    static class Outcome implements ProviderReader.Sink {

        final List<String> records = Collections.synchronizedList(new ArrayList<>());
        final List<String> problems = new ArrayList<>();

        @Override
        public void accept(List<RealtimePresence> mapped) {
            mapped.forEach(record -> records.add(RealtimePresenceJson.write(record)));
        }

        @Override
        public void reject(String location, String message) {
            problems.add(location == null ? message : location + ": " + message);
        }
    }
}
