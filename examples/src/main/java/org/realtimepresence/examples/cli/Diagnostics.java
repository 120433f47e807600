package org.realtimepresence.examples.cli;

import org.realtimepresence.model.Violation;

/** The one-line form of a violation, {@code FILE:LINE: POINTER: MESSAGE [KEYWORD]}, as compilers print. */
final class Diagnostics {

    private Diagnostics() {}

    static String line(String file, long line, Violation violation) {
        return file + ":" + line + ": " + violation.pointer() + ": " + violation.message()
                + " [" + violation.keyword() + "]";
    }
}
