// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.realtimepresence.codegen.schema.SchemaFile;
import tools.jackson.databind.JsonNode;

/**
 * Decides when a reference to another schema file needs no comparison: the referenced file, and every
 * file it references in turn, is byte-identical in the baseline and the new schemas. Whatever such a
 * reference accepts is then the same on both sides. Anything else (a changed, missing or remote file, or
 * a chain that leads back to the file being compared) stays "cannot prove compatible".
 */
final class UnchangedReferences {

    private final Map<String, SchemaFile> baseline;
    private final Map<String, SchemaFile> current;

    UnchangedReferences(Map<String, SchemaFile> baseline, Map<String, SchemaFile> current) {
        this.baseline = baseline;
        this.current = current;
    }

    /** Whether {@code ref}, written in the file at {@code from}, reaches only unchanged files. */
    boolean unchanged(String from, String ref) {
        String first = target(from, ref);
        if (first == null) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pending.add(first);
        while (!pending.isEmpty()) {
            String file = pending.remove();
            if (file.equals(from)) {
                return false; // back into the file being compared, which has changed
            }
            if (!seen.add(file)) {
                continue;
            }
            SchemaFile old = baseline.get(file);
            SchemaFile now = current.get(file);
            if (old == null || now == null || !Arrays.equals(old.content(), now.content())) {
                return false;
            }
            for (String next : externalRefs(now.root())) {
                String nextFile = target(file, next);
                if (nextFile == null) {
                    return false;
                }
                pending.add(nextFile);
            }
        }
        return true;
    }

    /** The relative path a file reference names, or null when it is not a relative file reference. */
    private static String target(String from, String ref) {
        try {
            URI uri = new URI(ref);
            if (uri.getScheme() != null
                    || uri.getPath() == null
                    || uri.getPath().isEmpty()) {
                return null;
            }
            URI resolved = new URI(null, null, "/" + from, null)
                    .resolve(new URI(null, null, uri.getPath(), null))
                    .normalize();
            String path = resolved.getPath();
            return path.startsWith("/") && !path.startsWith("/../") ? path.substring(1) : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static Set<String> externalRefs(JsonNode node) {
        Set<String> refs = new HashSet<>();
        collect(node, refs);
        return refs;
    }

    private static void collect(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && !ref.asString().startsWith("#")) {
                refs.add(ref.asString());
            }
            node.values().forEach(child -> collect(child, refs));
        } else if (node.isArray()) {
            node.values().forEach(child -> collect(child, refs));
        }
    }
}
