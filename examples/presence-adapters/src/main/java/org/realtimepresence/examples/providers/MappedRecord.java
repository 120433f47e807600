// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import org.realtimepresence.model.RealtimePresence;

/** A record an adapter built, with the part of the document it came from (for error messages). */
record MappedRecord(PayloadNode source, RealtimePresence record) {

    /** The record {@code builder} builds, from {@code source}. */
    MappedRecord(PayloadNode source, RealtimePresence.Builder builder) {
        this(source, builder.build());
    }

    /** The start of every record: the three required fields. */
    static RealtimePresence.Builder member(String channel, String clientId, RealtimePresence.Action action) {
        return RealtimePresence.builder().channel(channel).clientId(clientId).action(action);
    }
}
