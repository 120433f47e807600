// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

/**
 * Bounds that keep untrusted input from exhausting memory, stack or time.
 *
 * @param maxDocumentBytes   largest accepted document (bytes for binary input, characters for text input)
 * @param maxNestingDepth    deepest nesting of objects and arrays, counting the root container as 1; the
 *                           default of 65 allows 64 levels below a root object (for instance inside {@code data})
 * @param maxViolations      most violations reported for one document; the rest are dropped after sorting
 * @param maxEvaluationSteps networknt's cap on keyword evaluations for one document
 * @param maxEvaluationDepth networknt's cap on nested schema evaluations for one document
 */
public record CodecLimits(
        int maxDocumentBytes, int maxNestingDepth, int maxViolations, long maxEvaluationSteps, int maxEvaluationDepth) {

    /** 1 MiB documents, 64 levels below the root object, 100 violations, bounded schema evaluation. */
    public static final CodecLimits DEFAULTS = new CodecLimits(1 << 20, 65, 100, 1_000_000L, 128);

    /** Largest document a Java array can hold, with room for the one byte read past the limit. */
    public static final int MAX_DOCUMENT_BYTES = Integer.MAX_VALUE - 16;

    public CodecLimits {
        requirePositive("maxDocumentBytes", maxDocumentBytes);
        if (maxDocumentBytes > MAX_DOCUMENT_BYTES) {
            throw new IllegalArgumentException(
                    "maxDocumentBytes must be at most " + MAX_DOCUMENT_BYTES + ", was " + maxDocumentBytes);
        }
        requirePositive("maxNestingDepth", maxNestingDepth);
        requirePositive("maxViolations", maxViolations);
        requirePositive("maxEvaluationSteps", maxEvaluationSteps);
        requirePositive("maxEvaluationDepth", maxEvaluationDepth);
    }

    public CodecLimits withMaxDocumentBytes(int value) {
        return new CodecLimits(value, maxNestingDepth, maxViolations, maxEvaluationSteps, maxEvaluationDepth);
    }

    public CodecLimits withMaxNestingDepth(int value) {
        return new CodecLimits(maxDocumentBytes, value, maxViolations, maxEvaluationSteps, maxEvaluationDepth);
    }

    public CodecLimits withMaxViolations(int value) {
        return new CodecLimits(maxDocumentBytes, maxNestingDepth, value, maxEvaluationSteps, maxEvaluationDepth);
    }

    public CodecLimits withMaxEvaluationSteps(long value) {
        return new CodecLimits(maxDocumentBytes, maxNestingDepth, maxViolations, value, maxEvaluationDepth);
    }

    public CodecLimits withMaxEvaluationDepth(int value) {
        return new CodecLimits(maxDocumentBytes, maxNestingDepth, maxViolations, maxEvaluationSteps, value);
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
