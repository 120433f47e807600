// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.realtimepresence.runtime.Violation;

/**
 * The one-line form of an invalid record, {@code FILE:LINE: POINTER: MESSAGE [KEYWORD]}, as compilers
 * print. A record with several violations still gets one line, so that lines count records; its
 * violations follow one another, separated by {@code "; "}, and none is left out.
 */
final class Diagnostics {

    private Diagnostics() {}

    static String line(String file, long line, List<Violation> violations) {
        return file + ":" + line + ": "
                + violations.stream()
                        .map(violation ->
                                violation.pointer() + ": " + violation.message() + " [" + violation.keyword() + "]")
                        .collect(Collectors.joining("; "));
    }
}
