// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Whether the process was started with standard input closed ({@code presence validate - <&-}).
 *
 * <p>Java cannot ask directly, and {@code System.in} does not fail: a closed descriptor 0 is the lowest free
 * number, so the first file the JVM opens and keeps open takes it, and that file is the JVM's own class image,
 * {@code $JAVA_HOME/lib/modules}. Reading {@code System.in} then reads that 130 MB file. On Linux the
 * descriptor's link in {@code /proc/self/fd} says which file descriptor 0 is, and the test is sound:
 * <ul>
 *   <li>no link for descriptor 0 means it is closed;</li>
 *   <li>a link to {@code lib/modules} held by no other descriptor is the JVM's own descriptor, so standard
 *       input was closed. Had a person redirected that file into the tool, the JVM would have opened it once
 *       more for itself, and two descriptors would point at it.</li>
 * </ul>
 * Elsewhere (no {@code /proc}) it cannot tell and assumes standard input is open, as before.
 */
final class ClosedStandardInput {

    static final String REASON = "standard input is closed";

    private ClosedStandardInput() {}

    static boolean detect() {
        return isClosed(Path.of("/proc/self/fd"), Path.of(System.getProperty("java.home"), "lib", "modules"));
    }

    /** The test above, on a descriptor directory such as {@code /proc/self/fd}. */
    static boolean isClosed(Path descriptors, Path jvmImage) {
        if (!Files.isDirectory(descriptors)) {
            return false;
        }
        Path zero = descriptors.resolve("0");
        if (!Files.exists(zero, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path image = realPath(jvmImage);
        if (image == null || !image.equals(target(zero))) {
            return false;
        }
        try (Stream<Path> all = Files.list(descriptors)) {
            return all.filter(descriptor -> image.equals(target(descriptor))).count() == 1;
        } catch (IOException e) {
            return false;
        }
    }

    /** Standard input that fails on every read with {@link #REASON}. */
    static InputStream stream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException(REASON);
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException(REASON);
            }
        };
    }

    private static Path target(Path link) {
        try {
            return Files.readSymbolicLink(link);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }
}
