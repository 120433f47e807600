// SPDX-License-Identifier: Apache-2.0
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
 * @param patterns   {@code patternProperties} whose regular expressions are portable ({@link EcmaRegex})
 */
record ObjectRule(
        Map<String, Slot> slots,
        List<String> names,
        long required,
        boolean closed,
        ValueRule additional,
        int minProperties,
        int maxProperties,
        List<PatternSlot> patterns) {

    /** A {@code patternProperties} entry: names it finds a match in get its rule. */
    record PatternSlot(java.util.regex.Pattern pattern, ValueRule rule) {}

    /**
     * The one rule for the value of {@code name}, with {@code declared} the rule {@code properties} gives it or null:
     * {@link #UNMATCHED} when neither {@code properties} nor a pattern applies (then {@code additionalProperties}
     * does), null when the value is left to the full evaluation (the name is not ASCII, or more than one
     * constraining rule applies, which the fast path does not combine).
     */
    ValueRule ruleFor(String name, ValueRule declared) {
        if (patterns.isEmpty()) {
            return declared != null ? declared : UNMATCHED;
        }
        if (!EcmaRegex.applicable(name)) {
            return null;
        }
        ValueRule rule = declared;
        for (PatternSlot slot : patterns) {
            if (slot.pattern().matcher(name).find()) {
                if (rule != null && rule != ValueRule.ANY && slot.rule() != ValueRule.ANY) {
                    return null;
                }
                rule = rule == null || rule == ValueRule.ANY ? slot.rule() : rule;
            }
        }
        return rule != null ? rule : UNMATCHED;
    }

    /**
     * A declared or required property: its rule, its bit, and whether {@code properties} declares it (a name that
     * is only required is still an additional property for {@code additionalProperties}).
     */
    record Slot(ValueRule rule, long bit, boolean declared) {}

    /** What {@link #ruleFor} says when neither {@code properties} nor a pattern applies to a name. */
    static final ValueRule UNMATCHED = new ValueRule();

    /** At most this many names fit the 64-bit seen-mask; larger objects are left to the full evaluation. */
    static final int MAX_NAMES = Long.SIZE;

    ObjectRule {
        slots = Map.copyOf(slots);
        names = List.copyOf(names);
        patterns = List.copyOf(patterns);
    }
}
