// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.providers;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/** How provider documents are parsed: duplicate keys are an error, and no number loses digits. */
public final class ProviderJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    // No string may be larger than what ProviderReader reads into memory at once.
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(ProviderReader.MAX_TREE_CHARS)
                            .build())
                    // Names built to collide in the shared symbol table would break it for later documents.
                    .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ProviderJson() {}

    public static JsonMapper mapper() {
        return MAPPER;
    }
}
