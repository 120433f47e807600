// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.realtimepresence.model.RealtimePresence;

/**
 * The code of the site guide "Kafka Streams" (kafka.md). The region between {@code tag::} and {@code end::} is
 * quoted verbatim there; {@link KafkaReadmeSnippetsTest} checks the quote and runs the code.
 */
final class KafkaReadmeSnippets {

    KStream<String, RealtimePresence> serde(RealtimePresence record, StreamsBuilder builder) {
        // spotless:off
        // tag::serde[]
        Serde<RealtimePresence> presence = new PresenceSerde(); // null <-> null: a tombstone
        byte[] json = presence.serializer().serialize("presence-members", record); // invalid: InvalidDocumentException
        RealtimePresence back = presence.deserializer().deserialize("presence-members", json);

        // On an event topic a null value is no record: forEvents() refuses it like invalid JSON.
        KStream<String, RealtimePresence> events = builder.stream("presence-events",
                Consumed.with(Serdes.String(), PresenceSerde.forEvents()));
        // end::serde[]
        // spotless:on
        return back.equals(record) ? events : null;
    }
}
