// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.Violation;

/**
 * Sends every record that cannot be read to the dead-letter topic named by {@value
 * StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}, key and value byte for byte, with {@link
 * DeadLetterHeaders}, and lets processing go on.
 */
public final class DeadLetterHandler implements DeserializationExceptionHandler {

    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        if (!(topic instanceof String name) || name.isBlank()) {
            throw new ConfigException(
                    StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG,
                    topic,
                    "DeadLetterHandler needs the dead-letter topic name");
        }
        deadLetterTopic = name;
    }

    @Override
    public Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>(
                deadLetterTopic,
                null,
                record.timestamp(),
                record.key(),
                record.value(),
                DeadLetterHeaders.of(record, violations(exception)));
        return Response.resume(List.of(deadLetter));
    }

    /** The codec's violations; any other failure (a bug, a key that cannot be read) as one violation. */
    static List<Violation> violations(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidDocumentException invalid) {
                return invalid.violations();
            }
        }
        return List.of(new Violation("", "deserialization", String.valueOf(exception)));
    }
}
