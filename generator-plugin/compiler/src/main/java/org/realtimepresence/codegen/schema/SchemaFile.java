// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.nio.file.Path;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One parsed schema file.
 *
 * @param relativePath the path below the source directory, always with {@code /}
 * @param path the file on disk
 * @param content the exact bytes, which are packaged unchanged
 * @param root the parsed document
 */
@SuppressWarnings("ArrayRecordComponent") // one per file, never compared; the bytes are packaged unchanged
public record SchemaFile(String relativePath, Path path, byte[] content, JsonNode root) {

    public SchemaFile {
        Objects.requireNonNull(relativePath, "relativePath");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(root, "root");
    }

    /** The directory part of {@link #relativePath()}, empty for a file at the top. */
    public String relativeDirectory() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash);
    }

    /** The file name without its last extension, which jsonschema2pojo turns into the class name. */
    public String baseName() {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }
}
