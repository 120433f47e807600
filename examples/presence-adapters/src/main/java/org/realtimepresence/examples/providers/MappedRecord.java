package org.realtimepresence.examples.providers;

import org.realtimepresence.model.RealtimePresence;

/** A record an adapter built, with the part of the document it came from (for error messages). */
record MappedRecord(PayloadNode source, RealtimePresence record) {

    /** The start of every record: the three required fields. */
    static RealtimePresence member(String channel, String clientId, RealtimePresence.Action action) {
        return new RealtimePresence().withChannel(channel).withClientId(clientId).withAction(action);
    }
}
