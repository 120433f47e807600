// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import java.util.List;

/** The few log levels the generator needs, so that it runs without Maven in tests. */
public interface CodegenLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that drops everything, for callers that only want the result. */
    static CodegenLog silent() {
        return new CodegenLog() {
            @Override
            public void info(String message) {}

            @Override
            public void warn(String message) {}

            @Override
            public void error(String message) {}
        };
    }

    /** A log that passes everything on to {@code log} and also adds each warning to {@code warnings}. */
    static CodegenLog keepingWarnings(CodegenLog log, List<String> warnings) {
        return new CodegenLog() {
            @Override
            public void info(String message) {
                log.info(message);
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
                log.warn(message);
            }

            @Override
            public void error(String message) {
                log.error(message);
            }
        };
    }
}
