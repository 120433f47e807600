// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.corpus;

import java.util.Set;

/**
 * What happened to one corpus schema.
 *
 * @param schema the file name
 * @param draft the draft its {@code $schema} declares, or "none"
 * @param result how far it got
 * @param detail the first error, refusal or crash, empty when it compiled
 * @param rootType whether a root type was generated
 * @param expressed keywords the coverage line says the types express
 * @param validatorOnly keywords the coverage line leaves to the runtime validator
 * @param warnings how many warnings the run logged
 * @param shapeNotLogged shape keywords in the schema that no log line of the run names
 * @param fastPath how much of the schema the runtime's fast path profiles: "full", "partial: why" (what falls
 *     back, with how many subschemas) or "off: why"
 */
record Outcome(
        String schema,
        String draft,
        Result result,
        String detail,
        boolean rootType,
        Set<String> expressed,
        Set<String> validatorOnly,
        int warnings,
        Set<String> shapeNotLogged,
        String fastPath) {

    /** How far a schema got, best first. */
    enum Result {
        COMPILED("generated and compiled"),
        NOT_COMPILED("generated, does not compile"),
        REFUSED("refused"),
        CRASHED("crashed");

        final String label;

        Result(String label) {
            this.label = label;
        }
    }
}
