// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.framing;

import java.util.Arrays;

/** Collects one record's bytes up to a limit, and past it only remembers that there were more. */
final class RecordBuffer {

    private final int limit;
    private byte[] bytes = new byte[256];
    private int size;
    private boolean overflowed;

    RecordBuffer(int limit) {
        this.limit = limit;
    }

    void append(int b) {
        if (size == limit) {
            overflowed = true;
            return;
        }
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, 2L * bytes.length));
        }
        bytes[size++] = (byte) b;
    }

    /** As {@link #append(int)} for {@code length} bytes of {@code source} from {@code offset}. */
    void append(byte[] source, int offset, int length) {
        int fits = Math.min(length, limit - size);
        if (fits < length) {
            overflowed = true;
        }
        if (size + fits > bytes.length) {
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(2L * bytes.length, (long) size + fits)));
        }
        System.arraycopy(source, offset, bytes, size, fits);
        size += fits;
    }

    /** Empties the buffer for the next record, keeping its array. */
    void clear() {
        size = 0;
        overflowed = false;
    }

    /** Drops trailing blanks, so that a limit counts the record, not the space after it. */
    void trimTrailingWhitespace() {
        if (overflowed) {
            return;
        }
        while (size > 0 && RecordFramer.isWhitespace(bytes[size - 1])) {
            size--;
        }
    }

    boolean overflowed() {
        return overflowed;
    }

    boolean isEmpty() {
        return size == 0 && !overflowed;
    }

    /** The array the bytes are collected in; only the first {@link #size()} count. */
    byte[] array() {
        return bytes;
    }

    int size() {
        return size;
    }

    byte[] bytes() {
        return Arrays.copyOf(bytes, size);
    }
}
