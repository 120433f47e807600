// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Names and limits the roster topology uses.
 *
 * @param applicationId Kafka Streams application id, also the prefix of its internal topics; default
 *                      {@value #DEFAULT_APPLICATION_ID}
 * @param inputTopic canonical presence records, ideally keyed by channel; default {@value #DEFAULT_INPUT_TOPIC}
 * @param snapshotTopic keyed by channel, a JSON array of its {@code present} records, or a too-large notice;
 *                      default {@value #DEFAULT_SNAPSHOT_TOPIC}
 * @param memberTopic compacted, keyed {@code channel/clientId/connectionId}, the member's {@code present} record
 *                    or a tombstone; default {@value #DEFAULT_MEMBER_TOPIC}
 * @param deadLetterTopic input that failed validation, bytes unchanged, with {@link DeadLetterHeaders};
 *                        default {@value #DEFAULT_DEAD_LETTER_TOPIC}
 * @param tombstoneRetention how long, in event time, a departed member is remembered so that a late stale
 *                           record is still recognised; default 1 hour
 * @param snapshotInterval the least stream time between two snapshots of one channel; default 1 second
 * @param snapshotMaxMembers the largest channel that gets its members in a snapshot; default 1,000
 */
public record RosterSettings(
        String applicationId,
        String inputTopic,
        String snapshotTopic,
        String memberTopic,
        String deadLetterTopic,
        Duration tombstoneRetention,
        Duration snapshotInterval,
        int snapshotMaxMembers) {

    public static final String DEFAULT_APPLICATION_ID = "presence-roster";
    public static final String DEFAULT_INPUT_TOPIC = "presence-events";
    public static final String DEFAULT_SNAPSHOT_TOPIC = "presence-snapshots";
    public static final String DEFAULT_MEMBER_TOPIC = "presence-members";
    public static final String DEFAULT_DEAD_LETTER_TOPIC = "presence-dead-letters";
    public static final Duration DEFAULT_TOMBSTONE_RETENTION = Duration.ofHours(1);
    public static final Duration DEFAULT_SNAPSHOT_INTERVAL = Duration.ofSeconds(1);
    public static final int DEFAULT_SNAPSHOT_MAX_MEMBERS = 1_000;

    /** The state store; its changelog topic is {@code <applicationId>-presence-roster-changelog}. */
    public static final String STORE_NAME = "presence-roster";

    public static final RosterSettings DEFAULTS = new RosterSettings(
            DEFAULT_APPLICATION_ID,
            DEFAULT_INPUT_TOPIC,
            DEFAULT_SNAPSHOT_TOPIC,
            DEFAULT_MEMBER_TOPIC,
            DEFAULT_DEAD_LETTER_TOPIC);

    public RosterSettings {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(inputTopic, "inputTopic");
        Objects.requireNonNull(snapshotTopic, "snapshotTopic");
        Objects.requireNonNull(memberTopic, "memberTopic");
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
        requirePositive(tombstoneRetention, "tombstoneRetention");
        requirePositive(snapshotInterval, "snapshotInterval");
        if (snapshotMaxMembers < 0) {
            throw new IllegalArgumentException("snapshotMaxMembers must not be negative: " + snapshotMaxMembers);
        }
    }

    /** These topic names with the default limits. */
    public RosterSettings(
            String applicationId, String inputTopic, String snapshotTopic, String memberTopic, String deadLetterTopic) {
        this(
                applicationId,
                inputTopic,
                snapshotTopic,
                memberTopic,
                deadLetterTopic,
                DEFAULT_TOMBSTONE_RETENTION,
                DEFAULT_SNAPSHOT_INTERVAL,
                DEFAULT_SNAPSHOT_MAX_MEMBERS);
    }

    /** These settings with other limits. */
    public RosterSettings withLimits(Duration tombstoneRetention, Duration snapshotInterval, int snapshotMaxMembers) {
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

    /** The changelog topic Kafka Streams keeps for the roster store. */
    public String changelogTopic() {
        return applicationId + "-" + STORE_NAME + "-changelog";
    }

    /** Streams configuration for these names: the application id and the dead-letter path. */
    public Properties streamsConfig(String bootstrapServers) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
        config.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        // Every serde is given explicitly; these only keep a forgotten one from guessing.
        config.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        config.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, PresenceSerde.class);
        return config;
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive: " + duration);
        }
    }
}
