// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.util.Set;
import org.realtimepresence.model.RealtimePresenceJson;

/**
 * Loads the schema and derives the fast path while picocli reads the command line: on a cold JVM both are mostly
 * class loading, and on two cores they overlap. The command then asks for the same shared codec.
 *
 * <p>A class, not a method reference: the first lambda of a JVM sets up its lambda machinery first, which would
 * delay this thread, and the codec is what a short {@code presence validate} waits for.
 */
final class CodecWarmUp extends Thread {

    /** The commands that check records against the schema. */
    private static final Set<String> CODEC_COMMANDS = Set.of("validate", "normalize", "roster");

    private CodecWarmUp() {
        super("codec-warm-up");
        setDaemon(true);
    }

    /** Starts loading the codec when {@code args} names a command that uses it. */
    static void startFor(String[] args) {
        if (args.length > 0 && CODEC_COMMANDS.contains(args[0])) {
            new CodecWarmUp().start();
        }
    }

    @Override
    public void run() {
        RealtimePresenceJson.codec();
    }
}
