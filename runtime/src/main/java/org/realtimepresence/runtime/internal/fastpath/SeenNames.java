// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * The property names seen so far in each open object, to refuse a repeated name as the strict parser would, at
 * less cost: objects are small, so a linear scan over one shared array beats a hash set per object; an object
 * with many names switches to a set.
 */
final class SeenNames {

    private static final int SCAN_LIMIT = 16;

    /** One of these is made per document, so its arrays start small and grow only for large documents. */
    private String[] names = new String[8];

    private int size;
    /** Per open object: where its names start in {@link #names}, and its set once it has many names. */
    private int[] starts = new int[4];

    private Set<String>[] sets;
    private int depth = -1;

    void open() {
        if (++depth == starts.length) {
            starts = Arrays.copyOf(starts, depth * 2);
            if (sets != null) {
                sets = Arrays.copyOf(sets, depth * 2);
            }
        }
        starts[depth] = size;
        if (sets != null) {
            sets[depth] = null;
        }
    }

    void close() {
        size = starts[depth];
        if (sets != null) {
            sets[depth] = null;
        }
        depth--;
    }

    /** Adds a name to the innermost open object; false when it was already there. */
    boolean add(String name) {
        Set<String> set = sets == null ? null : sets[depth];
        if (set != null) {
            return set.add(name);
        }
        int start = starts[depth];
        for (int i = start; i < size; i++) {
            if (names[i].equals(name)) {
                return false;
            }
        }
        if (size - start == SCAN_LIMIT) {
            set = new HashSet<>(Arrays.asList(names).subList(start, size));
            set.add(name);
            if (sets == null) {
                sets = newSets(starts.length);
            }
            sets[depth] = set;
            return true;
        }
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
        }
        names[size++] = name;
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] newSets(int length) {
        return (Set<String>[]) new Set<?>[length];
    }
}
