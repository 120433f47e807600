// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * One side of a range: {@code minimum}/{@code exclusiveMinimum} and the like, folded into the
 * strictest bound a schema states, so that the two spellings of one bound compare as equal.
 *
 * @param value the limit
 * @param exclusive whether the limit itself is left out
 */
record Bound(BigDecimal value, boolean exclusive) {

    /**
     * The strictest lower (or upper) bound among an inclusive and an exclusive keyword, or null when
     * {@code schema} states neither.
     */
    static Bound of(JsonNode schema, String inclusiveKeyword, String exclusiveKeyword, boolean lower)
            throws MalformedKeyword {
        Bound inclusive = read(schema, inclusiveKeyword, false);
        Bound exclusive = exclusiveKeyword == null ? null : read(schema, exclusiveKeyword, true);
        if (inclusive == null || exclusive == null) {
            return inclusive == null ? exclusive : inclusive;
        }
        int order = inclusive.value.compareTo(exclusive.value);
        if (order == 0) {
            return exclusive;
        }
        return (order > 0) == lower ? inclusive : exclusive;
    }

    /** A length or count bound: a non-negative integer; a lower bound of zero states nothing. */
    static Bound ofCount(JsonNode schema, String keyword, boolean lower) throws MalformedKeyword {
        Bound bound = read(schema, keyword, false);
        if (bound == null) {
            return null;
        }
        if (bound.value.signum() < 0 || bound.value.stripTrailingZeros().scale() > 0) {
            throw new MalformedKeyword(keyword + " must be a non-negative integer, found " + bound.value);
        }
        return lower && bound.value.signum() == 0 ? null : bound;
    }

    private static Bound read(JsonNode schema, String keyword, boolean exclusive) throws MalformedKeyword {
        JsonNode value = schema.get(keyword);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw new MalformedKeyword(keyword + " must be a number, found " + value);
        }
        return new Bound(value.decimalValue(), exclusive);
    }

    /**
     * Whether lower bound {@code wider} lets through every value that {@code narrower} lets through;
     * null means no bound.
     */
    static boolean lowerContains(Bound wider, Bound narrower) {
        return contains(wider, narrower, -1);
    }

    /** The same for upper bounds. */
    static boolean upperContains(Bound wider, Bound narrower) {
        return contains(wider, narrower, 1);
    }

    /** {@code looser} is the sign of {@code wider - narrower} when {@code wider} is the looser bound. */
    private static boolean contains(Bound wider, Bound narrower, int looser) {
        if (wider == null) {
            return true;
        }
        if (narrower == null) {
            return false;
        }
        int order = Integer.signum(wider.value.compareTo(narrower.value));
        return order == looser || (order == 0 && (!wider.exclusive || narrower.exclusive));
    }

    /** For messages: {@code >= 3}, {@code < 10}, or {@code none}. */
    static String show(Bound bound, boolean lower) {
        if (bound == null) {
            return "none";
        }
        return (lower ? ">" : "<") + (bound.exclusive ? " " : "= ") + bound.value.toPlainString();
    }
}
