// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The differences found in one schema file, and the ways rules record them. */
final class Findings {

    /** Reads a keyword's value from one schema. */
    interface KeywordReader<T> {
        T read(JsonNode schema) throws MalformedKeyword;
    }

    /** A keyword's value in the baseline and in the new schema. */
    record Both<T>(T before, T after) {}

    private final String file;
    private final List<Difference> differences = new ArrayList<>();

    Findings(String file) {
        this.file = file;
    }

    List<Difference> differences() {
        return List.copyOf(differences);
    }

    /** Reads a keyword on both sides; null, after reporting it undecidable, when either is malformed. */
    <T> Both<T> read(String where, JsonNode a, JsonNode b, KeywordReader<T> reader) {
        try {
            return new Both<>(reader.read(a), reader.read(b));
        } catch (MalformedKeyword e) {
            undecidable(where, e.getMessage());
            return null;
        }
    }

    /**
     * Records the outcome of one rule. A keyword that only applies to {@code family} cannot break a
     * direction whose source schema admits no instance of that family.
     */
    void judge(
            String where,
            String family,
            JsonNode a,
            JsonNode b,
            boolean backward,
            boolean forward,
            String backwardReason,
            String forwardReason,
            String sameReason) {
        boolean backwardHolds = backward || (family != null && !Keywords.admits(a, family));
        boolean forwardHolds = forward || (family != null && !Keywords.admits(b, family));
        if (!backwardHolds) {
            add(where, Direction.BACKWARD_INCOMPATIBLE, backwardReason);
        }
        if (!forwardHolds) {
            add(where, Direction.FORWARD_INCOMPATIBLE, forwardReason);
        }
        if (backward && forward && !sameReason.isEmpty()) {
            add(where, Direction.COMPATIBLE, sameReason);
        } else if (backwardHolds && forwardHolds && !(backward && forward)) {
            add(
                    where,
                    Direction.COMPATIBLE,
                    "this keyword changes, but it only constrains " + family
                            + " values, which the schema it could break does not allow.");
        }
    }

    /** The checker cannot reason about this change, so neither direction is proven. */
    void undecidable(String where, String reason) {
        differences.add(new Difference(file, where, Direction.BACKWARD_INCOMPATIBLE, true, reason));
        differences.add(new Difference(file, where, Direction.FORWARD_INCOMPATIBLE, true, reason));
    }

    void annotationChanged(String where) {
        add(where, Direction.COMPATIBLE, "an annotation changed; no instance changes validity.");
    }

    void add(String where, Direction direction, String reason) {
        differences.add(new Difference(file, where, direction, false, reason));
    }
}
