// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a packaged schema as a JSON tree, from the same classpath location networknt loads it from. The schema is
 * trusted build output, so it is read without the (possibly tiny) limits a codec applies to documents.
 */
final class SchemaDocuments {

    private static final JsonMapper SCHEMA_READER = JsonMapper.builder().build();

    private SchemaDocuments() {}

    /** The class loader that sees what was packaged beside {@code type}; the system loader for bootstrap types. */
    static ClassLoader loaderOf(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader != null ? loader : ClassLoader.getSystemClassLoader();
    }

    static JsonNode load(ClassLoader loader, String schemaResource) {
        try (InputStream in = loader.getResourceAsStream(schemaResource)) {
            if (in == null) {
                throw new IllegalArgumentException("Schema resource not found on the classpath: " + schemaResource);
            }
            return SCHEMA_READER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema resource " + schemaResource, e);
        }
    }
}
