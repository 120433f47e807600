// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which channels get a snapshot when, so that each gets at most one per interval of stream time: a changed
 * channel is due at once if its last snapshot is an interval old, and otherwise is pending until it is.
 *
 * <p>Kept in memory by one task. After a restart a pending snapshot is lost until the channel changes again;
 * the member topic, the source of truth, has every change.
 */
final class SnapshotSchedule {

    private final long intervalMillis;
    private final Map<String, Long> lastSnapshot = new HashMap<>();
    private final Set<String> pending = new LinkedHashSet<>();

    SnapshotSchedule(long intervalMillis) {
        this.intervalMillis = intervalMillis;
    }

    /** The channel changed at stream time {@code now}: tells whether its snapshot is due now. */
    boolean changed(String channel, long now) {
        Long last = lastSnapshot.get(channel);
        if (last == null || now - last >= intervalMillis) {
            lastSnapshot.put(channel, now);
            pending.remove(channel);
            return true;
        }
        pending.add(channel);
        return false;
    }

    /** The pending channels whose snapshot is due at {@code now}; forgets channels quiet for an interval. */
    List<String> due(long now) {
        List<String> due = new ArrayList<>();
        for (String channel : pending) {
            if (now - lastSnapshot.get(channel) >= intervalMillis) {
                due.add(channel);
            }
        }
        due.forEach(pending::remove);
        lastSnapshot
                .entrySet()
                .removeIf(last -> !pending.contains(last.getKey()) && now - last.getValue() >= intervalMillis);
        due.forEach(channel -> lastSnapshot.put(channel, now));
        return due;
    }
}
