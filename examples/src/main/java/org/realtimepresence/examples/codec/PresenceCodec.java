package org.realtimepresence.examples.codec;

import java.util.List;
import org.realtimepresence.model.RealtimePresence;

/** Schema validation and canonical JSON for presence records, as the examples need them. */
public interface PresenceCodec {

    /** Every violation of the presence schema in a JSON document; empty when it is a valid record. */
    List<Violation> validate(byte[] json);

    /** Every violation of the presence schema in a record built in code; empty when it is valid. */
    List<Violation> validate(RealtimePresence record);

    /** Reads a JSON document into a record, or reports why it is not a valid one. */
    Decoded decode(byte[] json);

    /** Compact canonical JSON: schema property order, absent values left out. */
    String write(RealtimePresence record);

    /** The codec the tool and the adapters use. */
    static PresenceCodec standard() {
        return StandInPresenceCodec.INSTANCE;
    }
}
