// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.realtimepresence.model.RealtimePresence;

/**
 * The Kafka roster at scale: one channel of n members joining, then leaving, through the roster's own fold
 * processor and store; per size it reports events per second, nanoseconds per event and the largest changelog
 * record. A plain harness, not JMH: one long pass per size is the measurement.
 *
 * <p>It lives in the roster's package because it drives its package-private processor directly: {@code
 * TopologyTestDriver} commits (and writes a checkpoint, and RocksDB flushes) after every record, which would
 * measure the driver. Each event is still read from JSON bytes with the input's validating serde, and every
 * record the fold sends on is serialized as the sinks would; the store is real (RocksDB by default). Its
 * changelog records are exactly its writes (key and value of each put, key of each delete), which the harness
 * measures with logging off. Stream time advances one millisecond per event, so with the default settings a
 * channel's snapshot is due every thousand events; the punctuator runs every snapshot interval of stream time.
 *
 * <p>Arguments: {@code SIZE...} (default 1000 100000 1000000), {@code --store rocksdb|memory}, {@code --svg
 * FILE} for the chart, and {@code --min-events N} (default 400000): smaller sizes are repeated, each time in a
 * new channel, until at least that many events were measured.
 */
public final class RosterScaleBenchmark {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");

    private RosterScaleBenchmark() {}

    /** What one size measured. */
    record Result(
            int members, int repetitions, long events, long nanos, int largestChangelogRecord, long changelogRecords) {

        double eventsPerSecond() {
            return events * 1e9 / nanos;
        }

        double nanosPerEvent() {
            return (double) nanos / events;
        }
    }

    public static void main(String[] args) throws IOException {
        List<Integer> sizes = new ArrayList<>();
        boolean rocksDb = true;
        Path svg = null;
        long minEvents = 400_000;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--store" -> rocksDb = !"memory".equals(args[++i]);
                case "--svg" -> svg = Path.of(args[++i]);
                case "--min-events" -> minEvents = Long.parseLong(args[++i]);
                default -> sizes.add(Integer.parseInt(args[i].replace("_", "").replace(",", "")));
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(List.of(1_000, 100_000, 1_000_000));
        }
        System.out.printf(
                Locale.ROOT,
                "store %s, %s %s, %d processors, max heap %d MB%n",
                rocksDb ? "RocksDB" : "in memory",
                System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        run(20_000, 5, rocksDb); // warm-up: the JIT, the codec, the store
        List<Result> results = new ArrayList<>();
        for (int members : sizes) {
            int repetitions = (int) Math.max(1, (minEvents + 2L * members - 1) / (2L * members));
            Result result = run(members, repetitions, rocksDb);
            results.add(result);
            System.out.printf(
                    Locale.ROOT,
                    "%,10d members x %3d: %,11d events in %7.2f s = %,9.0f events/s,"
                            + " %,7.0f ns/event; largest changelog record %,d B of %,d%n",
                    members,
                    repetitions,
                    result.events(),
                    result.nanos() / 1e9,
                    result.eventsPerSecond(),
                    result.nanosPerEvent(),
                    result.largestChangelogRecord(),
                    result.changelogRecords());
        }
        Result first = results.get(0);
        Result last = results.get(results.size() - 1);
        System.out.printf(
                Locale.ROOT,
                "ns/event at %,d members / at %,d members = %.2f%n",
                last.members(),
                first.members(),
                last.nanosPerEvent() / first.nanosPerEvent());
        if (svg != null) {
            Files.writeString(svg, ScaleChart.svg(results), StandardCharsets.UTF_8);
            System.out.println("chart written to " + svg);
        }
    }

    /** {@code repetitions} channels of {@code members} each, one after another, in one fresh store. */
    static Result run(int members, int repetitions, boolean rocksDb) throws IOException {
        RosterSettings settings = RosterSettings.DEFAULTS;
        Path stateDir = Files.createTempDirectory("roster-scale");
        Properties config = settings.streamsConfig("unused:9092");
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<String, RosterUpdate> context =
                new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile());
        KeyValueBytesStoreSupplier supplier = rocksDb
                ? Stores.persistentKeyValueStore(RosterSettings.STORE_NAME)
                : Stores.inMemoryKeyValueStore(RosterSettings.STORE_NAME);
        KeyValueStore<Bytes, byte[]> store = Stores.keyValueStoreBuilder(supplier, Serdes.Bytes(), Serdes.ByteArray())
                .withLoggingDisabled()
                .build();
        store.init(context.getStateStoreContext(), store);
        ChangelogMeter meter = new ChangelogMeter();
        context.addStateStore(meter.wrap(store));
        RosterProcessor processor = new RosterProcessor(settings);
        processor.init(context);
        Deserializer<RealtimePresence> input = PresenceSerde.forEvents().deserializer();
        Serializer<RealtimePresence> output = new PresenceSerializer();
        long interval = settings.snapshotInterval().toMillis();
        long events = 0;
        long outputBytes = 0;
        long started = System.nanoTime();
        try {
            for (int repetition = 0; repetition < repetitions; repetition++) {
                String channel = "channel-" + members + "-" + repetition;
                for (String action : List.of("enter", "leave")) {
                    for (int i = 0; i < members; i++) {
                        long time = START.toEpochMilli() + events;
                        context.setCurrentStreamTimeMs(time);
                        RealtimePresence record =
                                input.deserialize(settings.inputTopic(), event(channel, i, action, time));
                        processor.process(new Record<>(channel, record, time));
                        if (++events % interval == 0) {
                            context.scheduledPunctuators()
                                    .forEach(p -> p.getPunctuator().punctuate(time));
                        }
                        outputBytes += sink(context, output);
                    }
                }
            }
            long nanos = System.nanoTime() - started;
            if (outputBytes == 0) {
                throw new IllegalStateException("the fold sent nothing");
            }
            return new Result(members, repetitions, events, nanos, meter.largest, meter.records);
        } finally {
            processor.close();
            store.close();
            deleteRecursively(stateDir);
        }
    }

    private static byte[] event(String channel, int member, String action, long epochMillis) {
        String json = "{\"channel\":\"" + channel + "\",\"clientId\":\"member-" + member
                + "\",\"connectionId\":\"conn-" + member + "\",\"action\":\"" + action
                + "\",\"data\":{\"name\":\"Member " + member + "\",\"status\":\"online\"},\"occurredAt\":\""
                + Instant.ofEpochMilli(epochMillis) + "\"}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** Serializes what the fold sent on, as the member and snapshot sinks would; tells how many bytes. */
    private static long sink(MockProcessorContext<String, RosterUpdate> context, Serializer<RealtimePresence> output) {
        long bytes = 0;
        for (CapturedForward<? extends String, ? extends RosterUpdate> forward : context.forwarded()) {
            RosterUpdate update = forward.record().value();
            if (update.isSnapshot()) {
                bytes += update.snapshotJson().getBytes(StandardCharsets.UTF_8).length;
            } else {
                byte[] member =
                        output.serialize("presence-members", update.change().present());
                bytes += update.memberTopicKey().length() + (member == null ? 0 : member.length);
            }
        }
        context.resetForwards();
        return bytes;
    }

    /** Counts the store's writes, each of which its changelog would carry as one record, and the largest. */
    static final class ChangelogMeter {
        int largest;
        long records;

        @SuppressWarnings("unchecked")
        KeyValueStore<Bytes, byte[]> wrap(KeyValueStore<Bytes, byte[]> store) {
            return (KeyValueStore<Bytes, byte[]>) Proxy.newProxyInstance(
                    KeyValueStore.class.getClassLoader(),
                    new Class<?>[] {KeyValueStore.class},
                    (proxy, method, args) -> {
                        measure(method, args);
                        try {
                            return method.invoke(store, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @SuppressWarnings("unchecked")
        private void measure(Method method, Object[] args) {
            switch (method.getName()) {
                case "put", "putIfAbsent" -> record((Bytes) args[0], (byte[]) args[1]);
                case "delete" -> record((Bytes) args[0], null);
                case "putAll" -> ((List<KeyValue<Bytes, byte[]>>) args[0]).forEach(kv -> record(kv.key, kv.value));
                default -> {}
            }
        }

        private void record(Bytes key, byte[] value) {
            largest = Math.max(largest, key.get().length + (value == null ? 0 : value.length));
            records++;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
