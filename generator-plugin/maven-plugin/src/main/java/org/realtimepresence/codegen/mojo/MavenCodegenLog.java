// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.mojo;

import org.apache.maven.plugin.logging.Log;
import org.realtimepresence.codegen.CodegenLog;

/** Passes the plain classes' log lines on to Maven's log. */
final class MavenCodegenLog implements CodegenLog {

    private final Log log;

    MavenCodegenLog(Log log) {
        this.log = log;
    }

    @Override
    public void info(String message) {
        log.info(message);
    }

    @Override
    public void warn(String message) {
        log.warn(message);
    }

    @Override
    public void error(String message) {
        log.error(message);
    }
}
