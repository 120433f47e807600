// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.util.ArrayList;
import java.util.List;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.runtime.Violation;

/**
 * The longest channel, client id and connection id the roster store takes: {@value #MAX_CHARS} characters
 * (UTF-16 units) each. A store key then stays under 10 KB, and a member's changelog record is bounded by its
 * own record, whatever the channel.
 */
final class StoreKeyBounds {

    static final int MAX_CHARS = 1_024;

    private StoreKeyBounds() {}

    /** A violation for each of the record's ids that is too long; empty when it fits. */
    static List<Violation> violations(RealtimePresence record) {
        List<Violation> violations = new ArrayList<>();
        check("/channel", record.channel(), violations);
        check("/clientId", record.clientId(), violations);
        check("/connectionId", record.connectionId(), violations);
        return violations;
    }

    /** Whether a channel name can be a store key at all. */
    static boolean fits(String channel) {
        return channel.length() <= MAX_CHARS;
    }

    private static void check(String pointer, String value, List<Violation> violations) {
        if (value != null && value.length() > MAX_CHARS) {
            violations.add(new Violation(
                    pointer,
                    "storeKey",
                    "is " + value.length() + " characters long; the roster store takes at most " + MAX_CHARS));
        }
    }
}
