// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Standard output that remembers why writing to it first failed. {@link java.io.PrintWriter} (and
 * {@code System.out}) swallow write errors and keep only a flag, so {@code presence normalize > /dev/full}
 * would exit 0 having written nothing; the tool asks this stream instead, reports the reason and exits 2.
 * After the first failure further output is dropped, as nothing more can reach the reader.
 */
final class StandardOutput extends FilterOutputStream {

    private IOException failure;

    StandardOutput(OutputStream out) {
        super(out);
    }

    /** The first write or flush failure, or null while every write succeeded. */
    IOException failure() {
        return failure;
    }

    @Override
    public void write(int b) throws IOException {
        if (failure == null) {
            try {
                out.write(b);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (failure == null) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (failure == null) {
            try {
                out.flush();
            } catch (IOException e) {
                throw failed(e);
            }
        }
    }

    private IOException failed(IOException e) {
        failure = e;
        return e;
    }

    /** The failure as one line of English, e.g. {@code No space left on device}. */
    String reason() {
        return InputFile.describe(failure);
    }
}
