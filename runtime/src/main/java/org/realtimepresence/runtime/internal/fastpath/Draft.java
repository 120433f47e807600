// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

/**
 * The dialect a schema declares with {@code $schema}; draft 2020-12 when it declares none, as networknt's
 * registry defaults to. The fast path profiles each schema under its own draft's rules.
 */
enum Draft {
    DRAFT_4,
    DRAFT_6,
    DRAFT_7,
    DRAFT_2019_09,
    DRAFT_2020_12;

    /** The draft a {@code $schema} value names, or null for one networknt does not know. */
    static Draft of(String uri) {
        String id = uri.endsWith("#") ? uri.substring(0, uri.length() - 1) : uri;
        return switch (id) {
            case "http://json-schema.org/draft-04/schema" -> DRAFT_4;
            case "http://json-schema.org/draft-06/schema" -> DRAFT_6;
            case "http://json-schema.org/draft-07/schema" -> DRAFT_7;
            case "https://json-schema.org/draft/2019-09/schema" -> DRAFT_2019_09;
            case "https://json-schema.org/draft/2020-12/schema" -> DRAFT_2020_12;
            default -> null;
        };
    }

    /** Before 2019-09 every keyword beside a {@code $ref} is ignored. */
    boolean ignoresRefSiblings() {
        return compareTo(DRAFT_2019_09) < 0;
    }

    /** Draft-04 writes the exclusive bounds as booleans beside {@code minimum}/{@code maximum}. */
    boolean hasBooleanExclusiveBounds() {
        return this == DRAFT_4;
    }
}
