// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.time.OffsetDateTime;

/**
 * What the caller knows that a provider document may not carry.
 *
 * @param channel the channel for shapes that do not name one (Ably history, PubNub single events and
 *     single-channel Here Now, Phoenix payloads, LiveKit participant lists); may be null
 * @param receivedAt when the caller received the document, used as {@code occurredAt} when the provider
 *     sends no event time; may be null, and then such records have no {@code occurredAt}
 */
public record AdapterContext(String channel, OffsetDateTime receivedAt) {

    public static final AdapterContext NONE = new AdapterContext(null, null);

    /** The provider's event time when it sent one, otherwise the receive time (never the current time). */
    OffsetDateTime occurredAt(OffsetDateTime providerTime) {
        return providerTime != null ? providerTime : receivedAt;
    }

    /** The channel named at {@code node}, or else the given one. */
    String channel(PayloadNode node) {
        if (node.isPresent() || channel == null) {
            return node.text();
        }
        return channel;
    }

    /** The given channel, for a shape that carries none. */
    String requireChannel(PayloadNode shape, String shapeName) {
        if (channel == null) {
            throw shape.fail(shapeName + " does not name its channel; give one (--channel)");
        }
        return channel;
    }
}
