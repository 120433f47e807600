// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a packaged schema as a JSON tree, from the same classpath location networknt loads it from. The schema is
 * trusted build output, so it is read without the (possibly tiny) limits a codec applies to documents.
 */
final class SchemaDocuments {

    /**
     * A bare streaming factory, not a {@code JsonMapper}: building the first mapper of a JVM costs more than a
     * command such as {@code presence validate} spends on a small file, and a codec whose fast path decides every
     * record never needs one. The tree is built as {@code JsonMapper.readTree} builds it.
     */
    private static final JsonFactory SCHEMA_PARSERS = new JsonFactory();

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

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
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the schema resource " + schemaResource, e);
        }
    }

    /** The JSON value in {@code in} as the tree a default {@code JsonMapper.readTree} returns. */
    static JsonNode read(InputStream in) {
        try (JsonParser parser = SCHEMA_PARSERS.createParser(ObjectReadContext.empty(), in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("The schema resource is empty");
            }
            JsonNode tree = value(parser, first);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("The schema resource holds more than one JSON value, at "
                        + parser.currentLocation().offsetDescription());
            }
            return tree;
        }
    }

    private static JsonNode value(JsonParser parser, JsonToken token) {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.stringNode(parser.getString());
            case VALUE_NUMBER_INT ->
                switch (parser.getNumberType()) {
                    case INT -> NODES.numberNode(parser.getIntValue());
                    case LONG -> NODES.numberNode(parser.getLongValue());
                    default -> NODES.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default ->
                throw new IllegalArgumentException("Unexpected " + token + " in the schema resource at "
                        + parser.currentLocation().offsetDescription());
        };
    }
}
