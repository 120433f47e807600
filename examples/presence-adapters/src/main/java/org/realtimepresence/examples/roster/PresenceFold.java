// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.realtimepresence.model.RealtimePresence;

/** The roster rules for one record and one member, as a pure function. */
public final class PresenceFold {

    private PresenceFold() {}

    /**
     * Applies {@code record} to the member it names.
     *
     * <ul>
     *   <li>A record older than the member's last applied one (both with {@code occurredAt}) is stale and
     *       changes nothing; records without {@code occurredAt} apply in arrival order.
     *   <li>{@code enter}, {@code present} and {@code update} make the member present with the record's
     *       {@code data}. {@code since} is the record's when given, else kept from the record that made the
     *       member present, else that record's {@code occurredAt}.
     *   <li>{@code leave} and {@code absent} remove the member.
     * </ul>
     *
     * @param prior the member's state, or null when the roster has none
     * @param record a schema-valid record for the member {@code MemberKey.of(record)}
     */
    public static FoldStep apply(MemberState prior, RealtimePresence record) {
        OffsetDateTime occurredAt = record.occurredAt();
        if (isStale(prior, occurredAt)) {
            return new FoldStep(prior, Optional.empty());
        }
        boolean wasPresent = prior != null && prior.present();
        MemberKey key = MemberKey.of(record);
        switch (record.action()) {
            case ENTER, PRESENT, UPDATE -> {
                OffsetDateTime since =
                        record.since() != null ? record.since() : wasPresent ? prior.since() : occurredAt;
                MemberState next = MemberState.present(record.data(), since, occurredAt);
                RosterChange.Kind kind = wasPresent ? RosterChange.Kind.UPDATED : RosterChange.Kind.JOINED;
                return new FoldStep(next, Optional.of(new RosterChange(kind, key, next.toPresentRecord(key))));
            }
            case LEAVE, ABSENT -> {
                MemberState next = occurredAt == null ? null : MemberState.departed(occurredAt);
                Optional<RosterChange> change = wasPresent
                        ? Optional.of(new RosterChange(RosterChange.Kind.LEFT, key, null))
                        : Optional.empty();
                return new FoldStep(next, change);
            }
            default -> throw new IllegalArgumentException("record has no action: " + record);
        }
    }

    private static boolean isStale(MemberState prior, OffsetDateTime occurredAt) {
        return prior != null
                && prior.lastOccurredAt() != null
                && occurredAt != null
                && occurredAt.isBefore(prior.lastOccurredAt());
    }
}
