// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsonschema2pojo.Schema;
import org.realtimepresence.codegen.schema.JsonPointers;

/**
 * What the rules could not express in Java, each naming the schema file and the JSON Pointer of
 * the construct, collected during one generation run and handed to the log afterwards.
 */
final class GenerationWarnings {

    private final List<String> messages = new ArrayList<>();

    void add(Schema schema, JsonNode node, String what) {
        String message = where(schema, node) + ": " + what;
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }

    List<String> drain() {
        List<String> drained = List.copyOf(messages);
        messages.clear();
        return drained;
    }

    /**
     * The file and JSON Pointer of {@code node}: the pointer of the schema jsonschema2pojo is applying,
     * extended by where the node sits inside it (found by identity), or the schema's own pointer when
     * the node is a copy.
     */
    static String where(Schema schema, JsonNode node) {
        URI id = schema.getId();
        while (id == null && schema.getParent() != null && schema.getParent() != schema) {
            schema = schema.getParent();
            id = schema.getId();
        }
        if (id == null) {
            return "#";
        }
        String fragment = id.getFragment() == null ? "" : id.getFragment();
        String inside = find(schema.getContent(), node, "");
        String file = "file".equalsIgnoreCase(id.getScheme())
                ? Path.of(URI.create("file:" + id.getRawPath())).toString()
                : id.toString();
        return file + "#" + fragment + (inside == null ? "" : inside);
    }

    @SuppressWarnings("ReferenceEquality") // where this very node sits; an equal node elsewhere is another place
    private static String find(JsonNode from, JsonNode target, String pointer) {
        if (from == target) {
            return pointer;
        }
        if (from.isObject()) {
            for (Map.Entry<String, JsonNode> member : from.properties()) {
                String found = find(member.getValue(), target, JsonPointers.append(pointer, member.getKey()));
                if (found != null) {
                    return found;
                }
            }
        } else if (from.isArray()) {
            for (int i = 0; i < from.size(); i++) {
                String found = find(from.get(i), target, JsonPointers.append(pointer, i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
