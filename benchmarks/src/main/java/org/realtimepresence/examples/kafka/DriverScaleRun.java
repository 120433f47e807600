// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Materialized.StoreType;

/**
 * One channel of n members joining, then leaving, through the whole topology in {@code TopologyTestDriver}, as a
 * user's test would drive it: {@code PresenceRosterTopology.build(RosterSettings.DEFAULTS)} on the default topic
 * names, JSON records keyed by channel written to {@code presence-events}, {@code presence-members} read every
 * 10,000 records. It prints the wall time of each phase, the members and tombstones read, and the heap in use
 * after a collection at the end of each phase. A plain harness, not a test and not JMH.
 *
 * <p>Arguments: {@code MEMBERS} (default 200000) and {@code --store rocksdb} to build the roster in RocksDB
 * instead, as the application does (the driver then flushes RocksDB and writes a checkpoint after every record).
 */
public final class DriverScaleRun {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private DriverScaleRun() {}

    public static void main(String[] args) throws IOException {
        int members = 200_000;
        boolean rocksDb = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--store")) {
                rocksDb = args[++i].equals("rocksdb");
            } else {
                members = Integer.parseInt(args[i].replace("_", "").replace(",", ""));
            }
        }
        Properties config = RosterSettings.DEFAULTS.streamsConfig("unused:9092");
        Path stateDir = Files.createTempDirectory("driver-scale");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        System.out.printf(
                Locale.ROOT,
                "%,d members, %s, max heap %d MB, %d processors%n",
                members,
                rocksDb ? "build(settings, ROCKS_DB)" : "build(RosterSettings.DEFAULTS)",
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        long started = System.nanoTime();
        long[] read = new long[2];
        try (TopologyTestDriver driver = new TopologyTestDriver(
                rocksDb
                        ? PresenceRosterTopology.build(RosterSettings.DEFAULTS, StoreType.ROCKS_DB)
                        : PresenceRosterTopology.build(RosterSettings.DEFAULTS),
                config)) {
            TestInputTopic<String, String> events = driver.createInputTopic(
                    RosterSettings.DEFAULT_INPUT_TOPIC,
                    new StringSerializer(),
                    new StringSerializer(),
                    START,
                    Duration.ofMillis(1));
            TestOutputTopic<String, String> memberTopic = driver.createOutputTopic(
                    RosterSettings.DEFAULT_MEMBER_TOPIC, new StringDeserializer(), new StringDeserializer());
            long time = START.toEpochMilli();
            for (String action : List.of("enter", "leave")) {
                long phase = System.nanoTime();
                for (int i = 0; i < members; i++) {
                    events.pipeInput(
                            "big",
                            "{\"channel\":\"big\",\"clientId\":\"member-" + i + "\",\"connectionId\":\"conn-"
                                    + i + "\",\"action\":\"" + action + "\",\"data\":{\"n\":" + i
                                    + "},\"occurredAt\":\""
                                    + Instant.ofEpochMilli(time++) + "\"}");
                    if (i % 10_000 == 9_999) {
                        drain(memberTopic, read);
                    }
                }
                drain(memberTopic, read);
                System.gc();
                Runtime runtime = Runtime.getRuntime();
                System.out.printf(
                        Locale.ROOT,
                        "%s: %,d records in %.1f s; heap in use after GC %d MB%n",
                        action,
                        members,
                        (System.nanoTime() - phase) / 1e9,
                        (runtime.totalMemory() - runtime.freeMemory()) >> 20);
            }
        }
        Files.deleteIfExists(stateDir); // the driver cleans what is inside when it closes
        System.out.printf(
                Locale.ROOT,
                "total %.1f s; presence-members: %,d present records, %,d tombstones%n",
                (System.nanoTime() - started) / 1e9,
                read[0],
                read[1]);
    }

    private static void drain(TestOutputTopic<String, String> memberTopic, long[] read) {
        for (KeyValue<String, String> kv : memberTopic.readKeyValuesToList()) {
            read[kv.value == null ? 1 : 0]++;
        }
    }
}
