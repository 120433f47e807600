// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import org.realtimepresence.model.RealtimePresence;

/**
 * A visible change of one member.
 *
 * @param kind what happened
 * @param member who it happened to
 * @param present the member's snapshot record after the change; null when it left
 */
public record RosterChange(Kind kind, MemberKey member, RealtimePresence present) {

    public enum Kind {
        /** The member was not present and now is. */
        JOINED,
        /** The member was present and still is, with new data or time stamps. */
        UPDATED,
        /** The member was present and now is not. */
        LEFT
    }
}
