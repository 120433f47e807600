// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.util.List;
import java.util.Map;

/**
 * The applicators of one subschema: keywords whose verdict depends on other subschemas evaluated on the same
 * value ({@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/{@code else},
 * {@code dependentSchemas}, {@code propertyNames}) or on which names an object holds ({@code dependentRequired}).
 * Draft-07's {@code dependencies} is read into {@link #dependentRequired} and {@link #dependentSchemas}, as
 * networknt evaluates it the same way. Absent keywords are empty lists and maps, or null rules.
 *
 * <p>{@link ProfiledParser} decides them on a buffered copy of the value, and declines (leaves the document to
 * the full evaluation) whenever one does not hold, so that networknt reports those violations itself.
 *
 * @param allOf             every rule must hold
 * @param anyOf             at least one rule must hold
 * @param oneOf             exactly one rule must hold
 * @param not               the rule that must not hold, or null
 * @param condition         {@code if}, or null (then {@code then} and {@code else} are null too)
 * @param then              what must hold when {@code if} holds, or null
 * @param otherwise         what must hold when {@code if} does not hold ({@code else}), or null
 * @param dependentRequired per property name, the names an object holding it must also hold
 * @param dependentSchemas  per property name, the rules an object holding it must meet as a whole
 * @param propertyNames     the rule every property name meets as a string, or null
 */
record Applicators(
        List<ValueRule> allOf,
        List<ValueRule> anyOf,
        List<ValueRule> oneOf,
        ValueRule not,
        ValueRule condition,
        ValueRule then,
        ValueRule otherwise,
        Map<String, List<String>> dependentRequired,
        Map<String, List<ValueRule>> dependentSchemas,
        ValueRule propertyNames) {

    Applicators {
        allOf = List.copyOf(allOf);
        anyOf = List.copyOf(anyOf);
        oneOf = List.copyOf(oneOf);
        dependentRequired = Map.copyOf(dependentRequired);
        dependentSchemas = Map.copyOf(dependentSchemas);
    }

    /** Whether every applicator here looks at objects only (the dependencies, {@code propertyNames}). */
    boolean objectsOnly() {
        return allOf.isEmpty() && anyOf.isEmpty() && oneOf.isEmpty() && not == null && condition == null;
    }
}
