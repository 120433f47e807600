// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.realtimepresence.model.RealtimePresence;

/**
 * What the roster remembers of one member after the last record it applied.
 *
 * <p>A member that left is kept as a tombstone ({@code present == false}) while that leave had an
 * {@code occurredAt}, so that an older record arriving later is still recognised as stale.
 *
 * @param present whether the member is in the channel
 * @param data the member's data, or null
 * @param since when the member entered, or null when unknown
 * @param lastOccurredAt the {@code occurredAt} of the last applied record, or null when it had none
 */
public record MemberState(
        boolean present,
        Map<String, Object> data,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime since,
        @JsonFormat(without = JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE) OffsetDateTime lastOccurredAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public MemberState {
        // A serializable, read-only copy: the caller's map may change after the record was applied.
        data = data == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    static MemberState present(Map<String, Object> data, OffsetDateTime since, OffsetDateTime occurredAt) {
        return new MemberState(true, data, since, occurredAt);
    }

    static MemberState departed(OffsetDateTime occurredAt) {
        return new MemberState(false, null, null, occurredAt);
    }

    /** The member as a {@code present} record, as the snapshot lists it. */
    public RealtimePresence toPresentRecord(MemberKey key) {
        return RealtimePresence.builder()
                .channel(key.channel())
                .clientId(key.clientId())
                .connectionId(key.connectionId())
                .action(RealtimePresence.Action.PRESENT)
                .data(data)
                .since(since)
                .occurredAt(lastOccurredAt)
                .build();
    }
}
