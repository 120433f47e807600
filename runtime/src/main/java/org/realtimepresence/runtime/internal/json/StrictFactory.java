// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.json;

import org.realtimepresence.runtime.CodecLimits;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;

/**
 * The streaming half of the codec's one Jackson configuration: all a fast path that only checks tokens needs. It is
 * a class of its own so that using it loads no databind class; {@link StrictMapper} builds the mapper over it.
 */
public final class StrictFactory {

    private StrictFactory() {}

    public static JsonFactory create(CodecLimits limits) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxDocumentLength(limits.maxDocumentBytes())
                        .maxStringLength(limits.maxDocumentBytes())
                        .build())
                // A cycle inside a value being written must end as a limit, not a StackOverflowError.
                .streamWriteConstraints(StreamWriteConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .build())
                // {"action":"enter","action":"leave"} must never pick one silently.
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                // No symbol table shared between parsers: property names from untrusted input must not fill a
                // table every later document depends on. Names built to collide in Jackson 3.1.8's character
                // hash broke that shared table for every later parser ("Internal error on
                // SymbolTable.rehash()"), so one request could fail the next ones. Each name is now a new String.
                .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                .build();
    }
}
