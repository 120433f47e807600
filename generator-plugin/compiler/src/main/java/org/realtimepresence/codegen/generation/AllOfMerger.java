// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.realtimepresence.codegen.schema.JsonPointers;

/**
 * Gives an object schema the properties of its {@code allOf} branches, including those reached
 * through a {@code $ref} into the same document, so that the generated class holds every property
 * the combined schema declares. jsonschema2pojo ignores {@code allOf}.
 *
 * <p>It works on the copy of each document that jsonschema2pojo reads, before any rule runs, so that
 * every merged property sits at a real JSON Pointer of that copy; the packaged schema is untouched,
 * and its validator still applies the whole {@code allOf}. Branch properties come first, in branch
 * order, then the schema's own, which win on a name clash; {@code required} is the union. A branch
 * that is not an object schema, or a {@code $ref} into another file (whose own references would not
 * resolve here), leaves the schema as written.
 */
final class AllOfMerger {

    private static final int MAX_DEPTH = 16;

    private AllOfMerger() {}

    /** Merges every {@code allOf} in {@code document}, in place. */
    static void mergeAll(JsonNode document) {
        visit(document, document);
    }

    private static void visit(JsonNode document, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                visit(document, member.getValue());
            }
            if (node.path("allOf").isArray()) {
                merge(document, (ObjectNode) node, 0);
            }
        } else if (node.isArray()) {
            node.forEach(item -> visit(document, item));
        }
    }

    private static void merge(JsonNode document, ObjectNode node, int depth) {
        String type = node.path("type").asText("object");
        if (!type.equals("object") || depth > MAX_DEPTH) {
            return;
        }
        ObjectNode properties = node.objectNode();
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode written : node.get("allOf")) {
            JsonNode branch = local(document, written, 0);
            if (branch == null
                    || !branch.isObject()
                    || (branch.has("type")
                            && !"object".equals(branch.path("type").asText()))) {
                return;
            }
            if (branch.path("allOf").isArray()) {
                ObjectNode nested = ((ObjectNode) branch).deepCopy();
                merge(document, nested, depth + 1);
                branch = nested;
            }
            branch.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
            branch.path("required").forEach(r -> required.add(r.asText()));
        }
        if (properties.isEmpty()) {
            return;
        }
        node.path("properties").properties().forEach(p -> properties.set(p.getKey(), p.getValue()));
        node.path("required").forEach(r -> required.add(r.asText()));
        node.set("properties", properties);
        ArrayNode requiredArray = node.arrayNode();
        required.forEach(requiredArray::add);
        if (!required.isEmpty()) {
            node.set("required", requiredArray);
        }
        node.put("type", "object");
    }

    /** The schema {@code written} stands for, following {@code $ref}s within the document; null if it leaves it. */
    private static JsonNode local(JsonNode document, JsonNode written, int hops) {
        JsonNode ref = written.get("$ref");
        if (ref == null) {
            return written;
        }
        String target = ref.asText();
        if (!target.startsWith("#") || hops > MAX_DEPTH) {
            return null;
        }
        JsonNode resolved = document.at(JsonPointers.decodeFragment(target.substring(1)));
        return resolved.isMissingNode() ? null : local(document, resolved, hops + 1);
    }
}
