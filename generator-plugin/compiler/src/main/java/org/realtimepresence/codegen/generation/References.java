// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsonschema2pojo.Schema;
import org.jsonschema2pojo.rules.RuleFactory;

/** Follows {@code $ref} chains through jsonschema2pojo's schema store, which caches every document. */
final class References {

    /** More hops than any sane chain; a cycle of pure references stops here instead of looping. */
    private static final int MAX_HOPS = 32;

    private References() {}

    /** The schema {@code node} ends at once its {@code $ref}s (relative to {@code schema}) are followed. */
    static JsonNode follow(RuleFactory rules, JsonNode node, Schema schema) {
        JsonNode content = node;
        Schema at = schema;
        for (int hops = 0; content.has("$ref") && hops < MAX_HOPS; hops++) {
            at = rules.getSchemaStore()
                    .create(
                            at,
                            content.get("$ref").asText(),
                            rules.getGenerationConfig().getRefFragmentPathDelimiters());
            content = at.getContent();
        }
        return content;
    }
}
