// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.Violation;

/**
 * Reads and validates a record with the strict codec.
 *
 * <p>Invalid bytes throw {@link InvalidDocumentException}, which carries every violation. A null value is a
 * tombstone: {@link #allowingTombstones()} returns null for it (for reading a compacted topic), {@link
 * #rejectingTombstones()} treats it as invalid (for an event topic, where a null value is no record) and also
 * refuses a record whose ids are too long for the roster store ({@link StoreKeyBounds}).
 */
public final class PresenceDeserializer implements Deserializer<RealtimePresence> {

    static final Violation NULL_VALUE =
            new Violation("", "syntax", "a null value (tombstone) is not a presence record");

    private final boolean tombstones;

    private PresenceDeserializer(boolean tombstones) {
        this.tombstones = tombstones;
    }

    public static PresenceDeserializer allowingTombstones() {
        return new PresenceDeserializer(true);
    }

    public static PresenceDeserializer rejectingTombstones() {
        return new PresenceDeserializer(false);
    }

    @Override
    public RealtimePresence deserialize(String topic, byte[] json) {
        if (json == null) {
            if (tombstones) {
                return null;
            }
            throw new InvalidDocumentException(RealtimePresence.class.getSimpleName(), List.of(NULL_VALUE));
        }
        RealtimePresence record = RealtimePresenceJson.read(json);
        if (!tombstones) {
            // An event the roster could not key is refused here, so it goes to the dead letters.
            List<Violation> tooLong = StoreKeyBounds.violations(record);
            if (!tooLong.isEmpty()) {
                throw new InvalidDocumentException(RealtimePresence.class.getSimpleName(), tooLong);
            }
        }
        return record;
    }
}
