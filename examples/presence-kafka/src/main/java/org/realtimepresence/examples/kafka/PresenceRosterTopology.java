// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.Stores;
import org.realtimepresence.model.RealtimePresence;

/**
 * The presence roster as a Kafka Streams topology.
 *
 * <ol>
 *   <li>Reads validated records from the input topic; invalid ones go to the dead-letter topic through
 *       {@link DeadLetterHandler} before they get here.
 *   <li>Records already keyed by their channel go straight on; the others are re-keyed by channel through a
 *       repartition topic, so every record of a channel is folded by one task. (A record that took the
 *       repartition detour may overtake, or be overtaken by, a correctly keyed record of the same channel;
 *       records with {@code occurredAt} are still folded by time, as in the command-line roster.)
 *   <li>Folds each record into its member's state in a store with a changelog (RocksDB in the application): one
 *       store record per member (and per channel a count), so no record grows with the channel.
 *   <li>For every visible change, writes the member's {@code present} record, or a tombstone when it left,
 *       to the compacted member topic, the source of truth; and at most once per snapshot interval of stream
 *       time, the channel's snapshot to the snapshot topic.
 * </ol>
 */
public final class PresenceRosterTopology {

    private PresenceRosterTopology() {}

    /**
     * The topology with its roster in memory, with a changelog: what tests and {@code TopologyTestDriver} want.
     * The driver commits after every record, and a commit of a persistent store flushes RocksDB to a new file
     * and writes a checkpoint with two fsyncs, which makes a RocksDB roster cost milliseconds per record there.
     * A running application commits every 30 seconds instead; {@link KafkaRosterMain} builds its roster in
     * RocksDB with {@link #build(RosterSettings, StoreType)}.
     */
    public static Topology build(RosterSettings settings) {
        return build(settings, StoreType.IN_MEMORY);
    }

    /**
     * The topology with its roster in the given kind of store; either kind has a changelog. In memory, a
     * restarted instance rebuilds the roster from the changelog alone.
     */
    public static Topology build(RosterSettings settings, StoreType storeType) {
        StreamsBuilder builder = new StreamsBuilder();
        KeyValueBytesStoreSupplier store = storeType == StoreType.IN_MEMORY
                ? Stores.inMemoryKeyValueStore(RosterSettings.STORE_NAME)
                : Stores.persistentKeyValueStore(RosterSettings.STORE_NAME);
        builder.addStateStore(Stores.keyValueStoreBuilder(store, Serdes.Bytes(), Serdes.ByteArray()));

        Map<String, KStream<String, RealtimePresence>> byKey = builder.stream(
                        settings.inputTopic(),
                        Consumed.with(Serdes.String(), PresenceSerde.forEvents())
                                .withName("presence-input"))
                .split(Named.as("key-"))
                .branch((key, record) -> record.channel().equals(key), Branched.as("channel"))
                .defaultBranch(Branched.as("other"));
        KStream<String, RealtimePresence> rekeyed = byKey.get("key-other")
                .selectKey((key, record) -> record.channel(), Named.as("channel-as-key"))
                .repartition(
                        Repartitioned.with(Serdes.String(), new PresenceSerde()).withName("by-channel"));

        KStream<String, RosterUpdate> updates = byKey.get("key-channel")
                .merge(rekeyed, Named.as("by-channel-merged"))
                .process(() -> new RosterProcessor(settings), Named.as("roster-fold"), RosterSettings.STORE_NAME);

        Map<String, KStream<String, RosterUpdate>> byKind = updates.split(Named.as("update-"))
                .branch((channel, update) -> update.isSnapshot(), Branched.as("snapshot"))
                .defaultBranch(Branched.as("member"));
        byKind.get("update-snapshot")
                .mapValues(RosterUpdate::snapshotJson, Named.as("snapshot-json"))
                .to(
                        settings.snapshotTopic(),
                        Produced.with(Serdes.String(), Serdes.String()).withName("snapshots"));
        byKind.get("update-member")
                .map(
                        (channel, update) -> KeyValue.pair(
                                update.memberTopicKey(), update.change().present()),
                        Named.as("member-record"))
                .to(
                        settings.memberTopic(),
                        Produced.with(Serdes.String(), new PresenceSerde()).withName("members"));
        return builder.build();
    }
}
