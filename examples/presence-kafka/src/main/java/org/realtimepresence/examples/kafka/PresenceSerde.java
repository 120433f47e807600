// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import org.apache.kafka.common.serialization.Serdes.WrapperSerde;
import org.realtimepresence.model.RealtimePresence;

/**
 * The presence record as a Kafka {@link org.apache.kafka.common.serialization.Serde} that validates both ways:
 * see {@link PresenceSerializer} and {@link PresenceDeserializer}.
 */
public final class PresenceSerde extends WrapperSerde<RealtimePresence> {

    private PresenceSerde(PresenceDeserializer deserializer) {
        super(new PresenceSerializer(), deserializer);
    }

    /** For compacted topics: null reads and writes as a tombstone. Also the public no-arg form Kafka needs. */
    public PresenceSerde() {
        this(PresenceDeserializer.allowingTombstones());
    }

    /** For event topics, where a null value is refused like any other invalid value. */
    public static PresenceSerde forEvents() {
        return new PresenceSerde(PresenceDeserializer.rejectingTombstones());
    }
}
