package org.realtimepresence.codegen;

/** The few log levels the generator needs, so that it runs without Maven in tests. */
public interface CodegenLog {

    void info(String message);

    void warn(String message);

    void error(String message);

    /** A log that drops everything, for callers that only want the result. */
    static CodegenLog silent() {
        return new CodegenLog() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void error(String message) {
            }
        };
    }
}
