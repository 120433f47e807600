// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A FILE argument: a path, or {@code -} for standard input. */
record InputFile(String argument, InputStream stdin) {

    static final String STDIN = "-";

    /** The name used in messages, {@code FILE} in {@code FILE:LINE}. */
    String displayName() {
        return argument.equals(STDIN) ? "<stdin>" : argument;
    }

    /** Opens the input; closing what is returned never closes standard input. */
    InputStream open() throws IOException {
        if (argument.equals(STDIN)) {
            return new FilterInputStream(stdin) {
                @Override
                public void close() {}
            };
        }
        return Files.newInputStream(Path.of(argument));
    }

    /** An I/O failure as one line of English. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
