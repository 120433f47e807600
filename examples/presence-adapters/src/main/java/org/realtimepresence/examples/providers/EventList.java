// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.util.Set;

/**
 * Where a provider document lists events that map one at a time, so that a document of any size can be read
 * event by event in bounded memory.
 *
 * @param member   the object member holding the array of events, or null when the document itself is the array
 * @param envelope the other members an event's mapping reads (Pusher's {@code time_ms}); events that come before
 *                 them in the document must wait for them
 * @param any      whether the provider has such a list at all
 */
record EventList(String member, Set<String> envelope, boolean any) {

    static final EventList NONE = new EventList(null, Set.of(), false);
    static final EventList ROOT_ARRAY = new EventList(null, Set.of(), true);

    static EventList member(String member, String... envelope) {
        return new EventList(member, Set.of(envelope), true);
    }

    boolean rootArray() {
        return any && member == null;
    }
}
