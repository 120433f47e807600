package org.realtimepresence.examples.input;

import java.io.ByteArrayOutputStream;

/** Collects up to a limit of bytes and then only remembers that there were more. */
final class BoundedBuffer extends ByteArrayOutputStream {

    private final int limit;
    private boolean overflowed;

    BoundedBuffer(int limit) {
        this.limit = limit;
    }

    @Override
    public synchronized void write(int b) {
        if (count < limit) {
            super.write(b);
        } else {
            overflowed = true;
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        int room = Math.max(0, limit - count);
        super.write(b, off, Math.min(room, len));
        overflowed |= len > room;
    }

    boolean overflowed() {
        return overflowed;
    }
}
