// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Orders violations by pointer and caps how many are reported. */
final class ViolationReport {

    private ViolationReport() {}

    static List<Violation> ordered(List<Violation> violations, int cap) {
        if (violations.size() == 1 && cap >= 1) {
            return List.of(violations.get(0)); // the common case of an invalid record
        }
        List<Violation> sorted = new ArrayList<>(violations);
        Collections.sort(sorted);
        return List.copyOf(sorted.size() > cap ? sorted.subList(0, cap) : sorted);
    }
}
