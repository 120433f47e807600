package org.realtimepresence.runtime.internal.fastpath;

import java.util.List;
import java.util.Map;

/**
 * What {@code properties}, {@code required}, {@code additionalProperties} and the property counts demand of an
 * object.
 *
 * @param slots      every declared or required property name, with its rule and its bit in a seen-mask
 * @param names      the names by bit index, to name a missing required property
 * @param required   the bits of the required names
 * @param closed     {@code additionalProperties: false}
 * @param additional the rule for undeclared properties when {@code additionalProperties} is a schema, else null
 * @param minProperties {@code minProperties}, or -1
 * @param maxProperties {@code maxProperties}, or -1
 */
record ObjectRule(Map<String, Slot> slots, List<String> names, long required, boolean closed, ValueRule additional,
        int minProperties, int maxProperties) {

    /** A declared property: its rule and its bit. */
    record Slot(ValueRule rule, long bit) {
    }

    /** At most this many names fit the 64-bit seen-mask; larger objects are left to the full evaluation. */
    static final int MAX_NAMES = Long.SIZE;

    ObjectRule {
        slots = Map.copyOf(slots);
        names = List.copyOf(names);
    }
}
