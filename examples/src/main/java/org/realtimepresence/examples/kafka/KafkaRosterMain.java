package org.realtimepresence.examples.kafka;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.realtimepresence.examples.cli.ToolVersion;
import org.realtimepresence.examples.cli.UsageErrors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;

/** Runs {@link PresenceRosterTopology} against a Kafka cluster until the process is stopped. */
@Command(name = "presence-kafka",
        versionProvider = ToolVersion.class,
        subcommands = HelpCommand.class,
        description = "Fold canonical presence records from Kafka into channel snapshots and a compacted member"
                + " topic; records that fail validation go to the dead-letter topic.",
        footer = {"", "Exit codes: 0 stopped cleanly, 1 the topology failed, 2 usage error."})
public final class KafkaRosterMain implements Callable<Integer> {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to.")
    String bootstrapServers;

    @Option(names = "--application-id", defaultValue = RosterSettings.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id, prefix of the internal topics (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--input-topic", defaultValue = RosterSettings.DEFAULT_INPUT_TOPIC,
            description = "Canonical presence records (default: ${DEFAULT-VALUE}).")
    String inputTopic;

    @Option(names = "--snapshot-topic", defaultValue = RosterSettings.DEFAULT_SNAPSHOT_TOPIC,
            description = "Per changed channel, its present records as a JSON array (default: ${DEFAULT-VALUE}).")
    String snapshotTopic;

    @Option(names = "--member-topic", defaultValue = RosterSettings.DEFAULT_MEMBER_TOPIC,
            description = "Compacted; channel/clientId/connectionId to the present record or a tombstone"
                    + " (default: ${DEFAULT-VALUE}).")
    String memberTopic;

    @Option(names = "--dead-letter-topic", defaultValue = RosterSettings.DEFAULT_DEAD_LETTER_TOPIC,
            description = "Records that failed validation, bytes unchanged (default: ${DEFAULT-VALUE}).")
    String deadLetterTopic;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where RocksDB keeps the roster (default: Kafka Streams' own, under java.io.tmpdir).")
    String stateDir;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(commandLine(new KafkaRosterMain()).execute(args));
    }

    /** The command line of the tool around {@code main}, with the conventions it shares with {@code presence}. */
    static CommandLine commandLine(KafkaRosterMain main) {
        return new CommandLine(main).setParameterExceptionHandler(new UsageErrors());
    }

    RosterSettings settings() {
        return new RosterSettings(applicationId, inputTopic, snapshotTopic, memberTopic, deadLetterTopic);
    }

    @Override
    public Integer call() throws InterruptedException {
        RosterSettings settings = settings();
        Properties config = settings.streamsConfig(bootstrapServers);
        if (stateDir != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        AtomicBoolean failed = new AtomicBoolean();
        KafkaStreams streams = new KafkaStreams(PresenceRosterTopology.build(settings), config);
        streams.setStateListener((now, before) -> {
            err.println("presence-kafka: " + before + " -> " + now);
            if (now == KafkaStreams.State.ERROR) {
                failed.set(true);
                stopRequested.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            err.println("presence-kafka: stopping after an error: " + e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        // On SIGTERM or Ctrl-C: let the main thread commit, flush the store and leave the group, and keep the
        // JVM alive until it has.
        Thread hook = new Thread(() -> {
            stop();
            awaitClosed();
        }, "presence-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            streams.start();
            stopRequested.await();
        } finally {
            streams.close(CLOSE_TIMEOUT);
            closed.countDown();
            removeHook(hook);
        }
        return failed.get() ? 1 : 0;
    }

    /** Asks a running {@link #call()} to close the topology cleanly and return. */
    void stop() {
        stopRequested.countDown();
    }

    private void awaitClosed() {
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is what stopped us; it is running now and needs no removal.
        }
    }
}
