// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import tools.jackson.databind.JsonNode;

/** A document that either parsed into a tree or failed with one syntax or limit violation. */
record ParsedDocument(JsonNode tree, Violation failure) {

    static ParsedDocument parsed(JsonNode tree) {
        return new ParsedDocument(tree, null);
    }

    static ParsedDocument failed(Violation failure) {
        return new ParsedDocument(null, failure);
    }

    boolean ok() {
        return failure == null;
    }
}
