// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text, strictly (RFC 8259 says JSON text is UTF-8): a malformed byte sequence fails with its byte offset
 * instead of being replaced, and no other encoding is guessed. Jackson's byte parser would guess UTF-32 from
 * NUL bytes and fail with an I/O error; here such bytes are what they are, bad input. A leading byte order mark
 * is skipped, as the byte parser did.
 */
final class StrictUtf8Reader extends Reader {

    /** Bytes that are not UTF-8: bad input rather than a failure to read. */
    static final class NotUtf8Exception extends IOException {

        private static final long serialVersionUID = 1L;

        NotUtf8Exception(long offset) {
            super("not valid UTF-8: malformed byte sequence at byte offset " + offset);
        }
    }

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    /** The input offset of {@code bytes.array()[0]}. */
    private long base;

    private boolean endOfInput;
    private boolean flushed;
    private boolean started;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!chars.hasRemaining() && !decodeMore()) {
            return -1;
        }
        if (!started) {
            started = true;
            if (chars.get(chars.position()) == BYTE_ORDER_MARK) {
                chars.get();
                if (!chars.hasRemaining() && !decodeMore()) {
                    return -1;
                }
            }
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes at least one more character; false at the end of the input. */
    private boolean decodeMore() throws IOException {
        if (flushed) {
            return false;
        }
        chars.clear();
        try {
            while (chars.position() == 0) {
                CoderResult result = decoder.decode(bytes, chars, endOfInput);
                if (result.isError()) {
                    throw new NotUtf8Exception(base + bytes.position());
                }
                if (endOfInput) {
                    decoder.flush(chars);
                    flushed = true;
                    break;
                }
                if (result.isUnderflow()) {
                    fill();
                }
            }
        } finally {
            chars.flip();
        }
        return chars.hasRemaining();
    }

    private void fill() throws IOException {
        base += bytes.position();
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    /** Leaves the stream open: whoever opened it closes it. */
    @Override
    public void close() {
        // nothing of its own to release
    }
}
