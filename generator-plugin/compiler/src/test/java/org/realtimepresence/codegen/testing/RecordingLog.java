// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.testing;

import java.util.ArrayList;
import java.util.List;
import org.realtimepresence.codegen.CodegenLog;

/** A {@link CodegenLog} that keeps every line with its level, for assertions on what a run said. */
public final class RecordingLog implements CodegenLog {

    private final List<String> lines = new ArrayList<>();

    @Override
    public void info(String message) {
        lines.add("INFO " + message);
    }

    @Override
    public void warn(String message) {
        lines.add("WARN " + message);
    }

    @Override
    public void error(String message) {
        lines.add("ERROR " + message);
    }

    /** Every line so far, each prefixed with its level. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines logged at {@code level} (INFO, WARN or ERROR), without the prefix. */
    public List<String> at(String level) {
        String prefix = level + " ";
        return lines.stream()
                .filter(l -> l.startsWith(prefix))
                .map(l -> l.substring(prefix.length()))
                .toList();
    }
}
