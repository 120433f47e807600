package org.realtimepresence.runtime.internal.fastpath;

import java.util.Map;

/**
 * What {@code properties}, {@code required} and {@code additionalProperties} demand of an object.
 *
 * @param slots    every declared or required property name, with its rule and its bit in a seen-mask
 * @param required the bits of the required names
 * @param closed   {@code additionalProperties: false}
 */
record ObjectRule(Map<String, Slot> slots, long required, boolean closed) {

    /** A declared property: its rule and its bit. */
    record Slot(ValueRule rule, long bit) {
    }

    /** At most this many names fit the 64-bit seen-mask; larger objects leave the fast path off. */
    static final int MAX_NAMES = Long.SIZE;

    ObjectRule {
        slots = Map.copyOf(slots);
    }
}
