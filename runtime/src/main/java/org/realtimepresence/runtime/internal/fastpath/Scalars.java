// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;

/**
 * Keys under which scalars compare as networknt compares them in {@code enum}, {@code const} and
 * {@code uniqueItems}: strings and booleans as themselves, numbers by value (1, 1.0 and 1E0 alike), null as one
 * marker. Keys of different kinds never equal each other.
 */
final class Scalars {

    /** The key of JSON null. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private Scalars() {}

    static Object number(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    /** The key of a scalar schema value, or null for a container or a number networknt holds as non-finite. */
    static Object key(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNull()) {
            return NULL;
        }
        if (value.isNumber()
                && !(value.isDouble() && !Double.isFinite(value.doubleValue()))
                && !(value.isFloat() && !Float.isFinite(value.floatValue()))) {
            return number(value.decimalValue());
        }
        return null;
    }
}
