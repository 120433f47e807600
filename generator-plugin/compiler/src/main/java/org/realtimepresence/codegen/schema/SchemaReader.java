// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.realtimepresence.codegen.CodegenException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parses schema files strictly: duplicate keys and trailing content are errors, and every error
 * names the file, line and column. A schema that declares a draft older than 04 is refused, naming
 * the draft.
 */
public final class SchemaReader {

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Reads one schema.
     *
     * @param relativePath the name used in messages and for packaging, with {@code /}
     * @param path the file
     * @return the parsed file
     * @throws CodegenException when the file cannot be read, is not JSON, or is not a schema object
     */
    public SchemaFile read(String relativePath, Path path) throws CodegenException {
        byte[] content;
        try {
            content = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CodegenException("Cannot read schema " + path + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JacksonException e) {
            throw new CodegenException(describe(path, e), e);
        }
        if (root == null || root.isMissingNode()) {
            throw new CodegenException(path + ":1:1: malformed schema JSON: the file is empty, expected a JSON object");
        }
        if (!root.isObject()) {
            throw new CodegenException(path + ":1:1: expected a JSON Schema object at the top, found a JSON "
                    + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        java.util.Optional<String> older = Draft.olderDraftIn(root);
        if (older.isPresent()) {
            throw new CodegenException(path + "#/$schema: the schema declares JSON Schema " + older.get()
                    + ", which the generator does not read; it reads draft-04, 06, 07, 2019-09 and 2020-12."
                    + " Migrate the schema to one of them (draft 2020-12 is the plugin's own).");
        }
        return new SchemaFile(relativePath, path, content, root);
    }

    private static String describe(Path path, JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 1
                ? path.toString()
                : path + ":" + location.getLineNr() + ":" + location.getColumnNr();
        return where + ": malformed schema JSON: " + e.getOriginalMessage();
    }
}
