// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.InvalidDocumentException;

/**
 * Writes a record as the codec's compact UTF-8 JSON; null stays null (a Kafka tombstone).
 *
 * <p>{@link #serialize} throws {@link InvalidDocumentException} when the record violates the schema, so nothing
 * invalid is ever produced.
 */
public final class PresenceSerializer implements Serializer<RealtimePresence> {

    @Override
    public byte[] serialize(String topic, RealtimePresence record) {
        return record == null ? null : RealtimePresenceJson.write(record).getBytes(StandardCharsets.UTF_8);
    }
}
