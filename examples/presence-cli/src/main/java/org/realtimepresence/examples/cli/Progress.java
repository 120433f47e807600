// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.PrintWriter;

/**
 * A one-line progress count on stderr, rewritten in place, only when a person is watching: it would be
 * noise in a log file or a pipe.
 */
final class Progress {

    private static final int CHECK_EVERY = 1024;
    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private long lastDrawn;
    private int drawnLength;

    Progress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.enabled = terminal;
    }

    /** Notes that {@code count} records have been read so far, redrawing at most four times a second. */
    void advance(String file, long count) {
        if (!enabled || count % CHECK_EVERY != 0) {
            return;
        }
        long now = System.nanoTime();
        if (drawnLength == 0 || now - lastDrawn >= REDRAW_NANOS) {
            String text = "validating " + file + ": " + count + " records";
            err.print("\r" + text + " ".repeat(Math.max(0, drawnLength - text.length())));
            err.flush();
            drawnLength = text.length();
            lastDrawn = now;
        }
    }

    /** Removes the progress line, before other output goes to the terminal. */
    void clear() {
        if (drawnLength > 0) {
            err.print("\r" + " ".repeat(drawnLength) + "\r");
            err.flush();
            drawnLength = 0;
        }
    }

    boolean isShowing() {
        return drawnLength > 0;
    }
}
