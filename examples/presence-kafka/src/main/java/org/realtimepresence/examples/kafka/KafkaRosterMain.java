// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Materialized.StoreType;
import org.apache.kafka.streams.state.HostInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Runs {@link PresenceRosterTopology} against a Kafka cluster until the process is stopped. */
@Command(
        name = "presence-kafka",
        // version.properties beside this class holds the project version; the build fills it in.
        resourceBundle = "org.realtimepresence.examples.kafka.version",
        version = "presence-kafka ${bundle:version}",
        subcommands = HelpCommand.class,
        description = "Fold canonical presence records from Kafka into a compacted member topic and channel"
                + " snapshots, and optionally answer who is here over HTTP; records that fail validation go to"
                + " the dead-letter topic.",
        footer = {
            "",
            "DURATION is like 1h, 30m, 1s, 250ms or ISO-8601 (PT1H).",
            "Exit codes: 0 stopped cleanly, 1 the topology failed, 2 usage error or the HTTP port is taken."
        })
public final class KafkaRosterMain implements Callable<Integer> {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show this help and exit.")
    boolean help;

    @Option(names = "--version", versionHelp = true, description = "Print the version and exit.")
    boolean version;

    @Option(
            names = "--bootstrap-servers",
            required = true,
            paramLabel = "HOST:PORT[,HOST:PORT...]",
            description = "Kafka brokers to connect to.")
    String bootstrapServers;

    @Option(
            names = "--application-id",
            defaultValue = RosterSettings.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id, prefix of the internal topics (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(
            names = "--input-topic",
            defaultValue = RosterSettings.DEFAULT_INPUT_TOPIC,
            description = "Canonical presence records (default: ${DEFAULT-VALUE}).")
    String inputTopic;

    @Option(
            names = "--snapshot-topic",
            defaultValue = RosterSettings.DEFAULT_SNAPSHOT_TOPIC,
            description = "Per changed channel, at most once per snapshot interval, its present records as a JSON"
                    + " array, or a too-large notice (default: ${DEFAULT-VALUE}).")
    String snapshotTopic;

    @Option(
            names = "--member-topic",
            defaultValue = RosterSettings.DEFAULT_MEMBER_TOPIC,
            description = "Compacted; channel/clientId/connectionId to the present record or a tombstone"
                    + " (default: ${DEFAULT-VALUE}).")
    String memberTopic;

    @Option(
            names = "--dead-letter-topic",
            defaultValue = RosterSettings.DEFAULT_DEAD_LETTER_TOPIC,
            description = "Records that failed validation, bytes unchanged (default: ${DEFAULT-VALUE}).")
    String deadLetterTopic;

    @Option(
            names = "--state-dir",
            paramLabel = "DIR",
            description = "Where RocksDB keeps the roster (default: Kafka Streams' own, under java.io.tmpdir).")
    String stateDir;

    @Option(
            names = "--tombstone-retention",
            paramLabel = "DURATION",
            defaultValue = "1h",
            converter = DurationConverter.class,
            description = "How long, in event time (occurredAt), a departed member is remembered so that a late"
                    + " stale record is still ignored; after that it is purged (default: ${DEFAULT-VALUE}).")
    Duration tombstoneRetention;

    @Option(
            names = "--snapshot-interval",
            paramLabel = "DURATION",
            defaultValue = "1s",
            converter = DurationConverter.class,
            description = "At most one snapshot per channel per this much stream time (default: ${DEFAULT-VALUE}).")
    Duration snapshotInterval;

    @Option(
            names = "--snapshot-max-members",
            paramLabel = "N",
            defaultValue = "1000",
            description =
                    "Larger channels get a too-large notice instead of their members (default:" + " ${DEFAULT-VALUE}).")
    int snapshotMaxMembers;

    @Option(
            names = "--http-port",
            paramLabel = "PORT",
            description = "Serve GET /channels/{channel}/members on this port (default: no HTTP).")
    Integer httpPort;

    @Option(
            names = "--http-host",
            paramLabel = "HOST",
            defaultValue = "localhost",
            description = "The host name other instances reach this one's HTTP port by (default: ${DEFAULT-VALUE}).")
    String httpHost;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    public static void main(String[] args) {
        System.exit(commandLine(new KafkaRosterMain()).execute(args));
    }

    /** The command line of the tool around {@code main}: a usage error is one line and a hint, as in presence. */
    static CommandLine commandLine(KafkaRosterMain main) {
        return new CommandLine(main).setParameterExceptionHandler(KafkaRosterMain::usageError);
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        String name = e.getCommandLine().getCommandSpec().qualifiedName();
        err.println(name + ": " + e.getMessage());
        err.println("Try '" + name + " --help' for more information.");
        err.flush();
        return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
    }

    RosterSettings settings() {
        if (snapshotMaxMembers < 0) {
            throw new ParameterException(
                    spec.commandLine(), "--snapshot-max-members must not be negative, got " + snapshotMaxMembers);
        }
        if (httpPort != null && (httpPort < 0 || httpPort > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--http-port must be 0 to 65535, got " + httpPort);
        }
        return new RosterSettings(
                applicationId,
                inputTopic,
                snapshotTopic,
                memberTopic,
                deadLetterTopic,
                tombstoneRetention,
                snapshotInterval,
                snapshotMaxMembers);
    }

    @Override
    public Integer call() throws InterruptedException {
        RosterSettings settings = settings();
        Properties config = settings.streamsConfig(bootstrapServers);
        if (stateDir != null) {
            config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir);
        }
        if (httpPort != null) {
            config.put(StreamsConfig.APPLICATION_SERVER_CONFIG, httpHost + ":" + httpPort);
        }
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        AtomicBoolean failed = new AtomicBoolean();
        KafkaStreams streams = new KafkaStreams(PresenceRosterTopology.build(settings, StoreType.ROCKS_DB), config);
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
        Thread hook = new Thread(
                () -> {
                    stop();
                    awaitClosed();
                },
                "presence-kafka-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        MembersHttpServer http = null;
        try {
            if (httpPort != null) {
                try {
                    http = MembersHttpServer.start(
                            new InetSocketAddress(httpPort),
                            new StreamsMemberLookup(streams, new HostInfo(httpHost, httpPort)));
                } catch (IOException e) {
                    err.println("presence-kafka: cannot serve HTTP on port " + httpPort + ": " + e.getMessage());
                    return 2;
                }
                err.println("presence-kafka: serving GET /channels/{channel}/members on port " + http.port());
            }
            streams.start();
            stopRequested.await();
        } finally {
            if (http != null) {
                http.close();
            }
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
