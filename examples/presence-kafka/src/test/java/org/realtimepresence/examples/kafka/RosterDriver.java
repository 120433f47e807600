// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster topology in a {@link TopologyTestDriver} with its state under a given directory. The driver
 * commits after every record, and RocksDB writes a file at each commit: tests that pipe many records keep
 * the roster in memory.
 */
final class RosterDriver implements AutoCloseable {

    static final RosterSettings SETTINGS = RosterSettings.DEFAULTS;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    final TopologyTestDriver driver;
    final TestInputTopic<String, byte[]> input;
    final TestOutputTopic<String, String> snapshots;
    final TestOutputTopic<String, RealtimePresence> members;
    final TestOutputTopic<byte[], byte[]> deadLetters;

    RosterDriver(Path stateDir) {
        this(stateDir, StoreType.ROCKS_DB);
    }

    RosterDriver(Path stateDir, StoreType storeType) {
        this(stateDir, storeType, SETTINGS);
    }

    /**
     * Each input record is stamped one snapshot interval after the one before, so that every visible change
     * of a channel gets its snapshot at once unless a test stamps records itself.
     */
    RosterDriver(Path stateDir, StoreType storeType, RosterSettings settings) {
        Properties config = settings.streamsConfig("unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(PresenceRosterTopology.build(settings, storeType), config);
        input = driver.createInputTopic(
                settings.inputTopic(),
                new StringSerializer(),
                new ByteArraySerializer(),
                Presence.T0.toInstant(),
                settings.snapshotInterval());
        snapshots =
                driver.createOutputTopic(SETTINGS.snapshotTopic(), new StringDeserializer(), new StringDeserializer());
        members = driver.createOutputTopic(
                SETTINGS.memberTopic(), new StringDeserializer(), PresenceDeserializer.allowingTombstones());
        deadLetters = driver.createOutputTopic(
                SETTINGS.deadLetterTopic(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /** Sends records keyed by their channel, as a well-behaved producer does. */
    void send(RealtimePresence... records) {
        for (RealtimePresence record : records) {
            sendKeyed(record.channel(), record);
        }
    }

    void sendKeyed(String key, RealtimePresence record) {
        sendRaw(key, RealtimePresenceJson.write(record));
    }

    void sendRaw(String key, String json) {
        input.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** The member topic as compaction leaves it: last value per key, tombstoned keys gone. */
    Map<String, RealtimePresence> compactedMembers() {
        Map<String, RealtimePresence> compacted = new LinkedHashMap<>();
        for (KeyValue<String, RealtimePresence> kv : members.readKeyValuesToList()) {
            if (kv.value == null) {
                compacted.remove(kv.key);
            } else {
                compacted.put(kv.key, kv.value);
            }
        }
        return compacted;
    }

    /** The roster store, one record per member, count or expiry entry. */
    KeyValueStore<Bytes, byte[]> store() {
        return driver.getKeyValueStore(RosterSettings.STORE_NAME);
    }

    /** The last snapshot per channel, as records. */
    Map<String, List<RealtimePresence>> lastSnapshots() {
        Map<String, List<RealtimePresence>> last = new LinkedHashMap<>();
        snapshots.readKeyValuesToList().forEach(kv -> last.put(kv.key, parseArray(kv.value)));
        return last;
    }

    static List<RealtimePresence> parseArray(String jsonArray) {
        List<RealtimePresence> records = new ArrayList<>();
        JSON.readTree(jsonArray).values().forEach(node -> records.add(RealtimePresenceJson.read(node.toString())));
        return records;
    }

    static String header(TestRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.close();
    }
}
