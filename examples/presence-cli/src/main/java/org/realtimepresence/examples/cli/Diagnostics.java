// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.util.List;
import org.realtimepresence.runtime.Violation;

/**
 * The one-line form of an invalid record, {@code FILE:LINE: POINTER: MESSAGE [KEYWORD]}, as compilers
 * print. A record with several violations still gets one line, so that lines count records; its
 * violations follow one another, separated by {@code "; "}, and none is left out.
 */
final class Diagnostics {

    private Diagnostics() {}

    static String line(String file, long line, List<Violation> violations) {
        // A loop, not a stream: this runs once per invalid record, mostly before the JIT has compiled it.
        StringBuilder text =
                new StringBuilder(128).append(file).append(':').append(line).append(": ");
        for (int i = 0; i < violations.size(); i++) {
            Violation violation = violations.get(i);
            text.append(i == 0 ? "" : "; ")
                    .append(violation.pointer())
                    .append(": ")
                    .append(violation.message())
                    .append(" [")
                    .append(violation.keyword())
                    .append(']');
        }
        return text.toString();
    }
}
