// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * Compares the short byte runs the byte scanner and binding match names and members with. A plain loop, not
 * {@link java.util.Arrays#equals(byte[], int, int, byte[], int, int)}: its vectorised comparison pays off on long
 * arrays, and a short-lived command spends its first hundred thousand records in code the JIT has not yet fully
 * compiled, where that path is several calls deep for a name of a few bytes.
 */
final class ShortBytes {

    private ShortBytes() {}

    /** Whether {@code a[aFrom, aFrom + length)} and {@code b[bFrom, bFrom + length)} hold the same bytes. */
    static boolean same(byte[] a, int aFrom, byte[] b, int bFrom, int length) {
        for (int i = 0; i < length; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }
}
