// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.realtimepresence.model.RealtimePresence;

/**
 * The members of every channel, kept by folding records with {@link PresenceFold} in arrival order.
 *
 * <p>Not thread-safe. Members that left with an {@code occurredAt} stay as tombstones so that stale records
 * keep being ignored; a long-running user should key or expire them (for example per channel).
 */
public final class Roster implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<MemberKey, MemberState> members = new TreeMap<>();

    /** A roster holding exactly these member states, as {@link #members()} returned them. */
    public static Roster of(Map<MemberKey, MemberState> members) {
        Roster roster = new Roster();
        roster.members.putAll(members);
        return roster;
    }

    /** Every member state the roster keeps, tombstones included, in member order; read-only. */
    public SortedMap<MemberKey, MemberState> members() {
        return Collections.unmodifiableSortedMap(members);
    }

    /** Applies one schema-valid record and tells what changed, if anything. */
    public Optional<RosterChange> apply(RealtimePresence record) {
        MemberKey key = MemberKey.of(record);
        FoldStep step = PresenceFold.apply(members.get(key), record);
        if (step.state() == null) {
            members.remove(key);
        } else {
            members.put(key, step.state());
        }
        return step.change();
    }

    /** The present members as {@code present} records, by channel, then client, then connection. */
    public List<RealtimePresence> snapshot() {
        List<RealtimePresence> snapshot = new ArrayList<>();
        members.forEach((key, state) -> {
            if (state.present()) {
                snapshot.add(state.toPresentRecord(key));
            }
        });
        return snapshot;
    }
}
