package org.realtimepresence.examples.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.serialization.Serializer;
import org.realtimepresence.model.InvalidPresenceException;
import org.realtimepresence.model.PresenceJson;
import org.realtimepresence.model.RealtimePresence;

/**
 * Writes a record as the codec's compact UTF-8 JSON; null stays null (a Kafka tombstone). {@link #serialize}
 * throws {@link InvalidPresenceException} when the record violates the schema, so nothing invalid is ever
 * produced.
 */
public final class PresenceSerializer implements Serializer<RealtimePresence> {

    @Override
    public byte[] serialize(String topic, RealtimePresence record) {
        return record == null ? null : PresenceJson.write(record).getBytes(StandardCharsets.UTF_8);
    }
}
