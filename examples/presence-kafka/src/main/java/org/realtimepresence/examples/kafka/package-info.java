// SPDX-License-Identifier: Apache-2.0
/**
 * Presence on Kafka Streams: a validating {@link org.apache.kafka.common.serialization.Serde} for the record,
 * a dead-letter path for input that fails validation, and the roster of the command-line tool as a
 * partitioned topology.
 *
 * <p>{@link org.realtimepresence.examples.kafka.PresenceRosterTopology} folds records with the roster
 * package's {@link org.realtimepresence.examples.roster.PresenceFold}, the same code the {@code presence
 * roster} command runs; {@link org.realtimepresence.examples.kafka.KafkaRosterMain} runs it against a broker.
 */
package org.realtimepresence.examples.kafka;
