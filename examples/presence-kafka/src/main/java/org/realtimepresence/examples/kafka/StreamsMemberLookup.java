// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Finds a channel through Kafka Streams' query metadata: the partition of the channel key, and the instance
 * (its {@code application.server}) whose active task holds it.
 */
final class StreamsMemberLookup implements MemberLookup {

    private final KafkaStreams streams;
    private final HostInfo self;

    StreamsMemberLookup(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public Where find(String channel) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return new NotReady("the topology is " + streams.state());
        }
        KeyQueryMetadata metadata = streams.queryMetadataForKey(
                RosterSettings.STORE_NAME, channel, Serdes.String().serializer());
        if (metadata == null || metadata.equals(KeyQueryMetadata.NOT_AVAILABLE)) {
            return new NotReady("no instance owns the channel's partition yet");
        }
        HostInfo owner = metadata.activeHost();
        if (!owner.equals(self)) {
            return new Elsewhere(owner.host() + ":" + owner.port());
        }
        ReadOnlyKeyValueStore<Bytes, byte[]> store = streams.store(StoreQueryParameters.fromNameAndType(
                        RosterSettings.STORE_NAME, QueryableStoreTypes.<Bytes, byte[]>keyValueStore())
                .withPartition(metadata.partition()));
        return new Here(store);
    }
}
