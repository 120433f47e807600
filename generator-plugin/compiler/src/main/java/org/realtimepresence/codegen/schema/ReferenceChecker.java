// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.realtimepresence.codegen.CodegenException;
import tools.jackson.databind.JsonNode;

/**
 * Resolves every {@code $ref} before generation, so that a broken one fails with the reference and
 * the file it is in, and so that the build never reaches the network: remote references are refused
 * outright instead of being fetched.
 *
 * <p>Local references must stay inside the source directory, because the schemas are packaged with
 * their relative paths and must resolve the same way at run time.
 */
public final class ReferenceChecker {

    private final Path sourceDirectory;
    private final SchemaReader reader;

    public ReferenceChecker(Path sourceDirectory, SchemaReader reader) {
        this.sourceDirectory = sourceDirectory.toAbsolutePath().normalize();
        this.reader = reader;
    }

    /**
     * Checks the given schemas and everything they reference.
     *
     * @param schemas the selected schema files
     * @return the selected files plus the files they reference, by relative path
     * @throws CodegenException on the first reference that does not resolve
     */
    public Map<String, SchemaFile> check(List<SchemaFile> schemas) throws CodegenException {
        Map<String, SchemaFile> closure = new LinkedHashMap<>();
        for (SchemaFile schema : schemas) {
            closure.put(schema.relativePath(), schema);
        }
        List<SchemaFile> pending = new ArrayList<>(schemas);
        while (!pending.isEmpty()) {
            SchemaFile file = pending.remove(0);
            for (SchemaFile referenced : checkFile(file, closure)) {
                if (closure.putIfAbsent(referenced.relativePath(), referenced) == null) {
                    pending.add(referenced);
                }
            }
        }
        return closure;
    }

    private List<SchemaFile> checkFile(SchemaFile file, Map<String, SchemaFile> known) throws CodegenException {
        List<SchemaFile> referenced = new ArrayList<>();
        List<CodegenException> failures = new ArrayList<>();
        SchemaWalker.walk(file.root(), (pointer, schema) -> {
            JsonNode ref = schema.get("$ref");
            if (ref == null) {
                return;
            }
            String at = JsonPointers.append(pointer, "$ref");
            try {
                if (!ref.isString()) {
                    throw failure(file, at, ref.toString(), "$ref must be a string");
                }
                SchemaFile target = resolve(file, at, ref.asString(), known);
                if (!target.relativePath().equals(file.relativePath())) {
                    referenced.add(target);
                }
            } catch (CodegenException e) {
                failures.add(e);
            } catch (RuntimeException e) {
                // A reference no file system or URI rule expected (a NUL byte, say): still say where.
                String reason = String.valueOf(e.getMessage()).replaceAll("\\p{Cntrl}", "?");
                failures.add(failure(file, at, ref.isString() ? ref.asString() : ref.toString(), reason));
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        return referenced;
    }

    private SchemaFile resolve(SchemaFile file, String at, String ref, Map<String, SchemaFile> known)
            throws CodegenException {
        URI uri;
        try {
            uri = new URI(ref);
        } catch (URISyntaxException e) {
            throw failure(file, at, ref, "it is not a valid URI reference (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            throw refusal(
                    file,
                    at,
                    ref,
                    "remote references are refused; the build never reaches the network."
                            + " Copy the schema into the source directory and refer to it by a relative path");
        }
        if (!scheme.isEmpty()) {
            throw refusal(file, at, ref, "only relative references are supported, not the '" + scheme + "' scheme");
        }
        SchemaFile target = file;
        String path = uri.getPath();
        if (path != null && !path.isEmpty()) {
            Path resolved = file.path()
                    .toAbsolutePath()
                    .normalize()
                    .getParent()
                    .resolve(path)
                    .normalize();
            if (!resolved.startsWith(sourceDirectory)) {
                throw refusal(
                        file,
                        at,
                        ref,
                        "it points outside the source directory " + sourceDirectory
                                + ", so it could not resolve from the packaged schemas at run time");
            }
            if (!Files.isRegularFile(resolved)) {
                throw failure(file, at, ref, "no such file: " + resolved);
            }
            String relative = sourceDirectory.relativize(resolved).toString().replace('\\', '/');
            target = known.containsKey(relative) ? known.get(relative) : reader.read(relative, resolved);
        }
        String fragment = uri.getRawFragment();
        if (fragment != null && !fragment.isEmpty()) {
            String decoded = JsonPointers.decodeFragment(fragment);
            if (!decoded.startsWith("/")) {
                throw refusal(
                        file,
                        at,
                        ref,
                        hasAnchor(target.root(), decoded)
                                ? "the generator cannot follow a plain-name fragment ($anchor); refer to the schema by a"
                                        + " JSON Pointer such as #/$defs/" + decoded
                                : "no $anchor \"" + decoded + "\" exists in " + target.path());
            }
            if (target.root().at(decoded).isMissingNode()) {
                throw failure(file, at, ref, "the fragment #" + decoded + " does not exist in " + target.path());
            }
        }
        return target;
    }

    private static boolean hasAnchor(JsonNode root, String anchor) {
        boolean[] found = {false};
        SchemaWalker.walk(root, (pointer, schema) -> {
            JsonNode value = schema.get("$anchor");
            if (value != null && value.isString() && anchor.equals(value.asString())) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** A reference that names nothing: a missing file, fragment or anchor, or not a URI at all. */
    private static CodegenException failure(SchemaFile file, String pointer, String ref, String reason) {
        return problem("Unresolved", file, pointer, ref, reason);
    }

    /** A reference that may name something, but one the build must not use. */
    private static CodegenException refusal(SchemaFile file, String pointer, String ref, String reason) {
        return problem("Refused", file, pointer, ref, reason);
    }

    private static CodegenException problem(
            String verdict, SchemaFile file, String pointer, String ref, String reason) {
        return new CodegenException(
                verdict + " $ref \"" + ref + "\" in " + file.path() + " at #" + pointer + ": " + reason);
    }
}
