// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.realtimepresence.codegen.CodegenRequest;

/**
 * Test schemas copied into a temporary source directory, and requests over them. Every schema comes
 * from {@code src/test/resources/schemas}, never from the project's live {@code schemas/} folder:
 * editing the presence schema (the regenerate-on-schema-change workflow) must reach the
 * compatibility check, not fail the generator's own tests.
 */
public final class TestSchemas {

    /** The test copy of the presence schema, below {@code schemas/} on the test class path. */
    public static final String PRESENCE_SCHEMA = "realtime-presence.json";

    private TestSchemas() {}

    /** Copies the classpath resource {@code schemas/<name>} to {@code directory/<target>}. */
    public static Path copyResource(String name, Path directory, String target) {
        Path file = directory.resolve(target);
        byte[] content = bytesOf(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Copies the test copy of the presence schema into {@code directory}. */
    public static Path copyPresenceSchema(Path directory) {
        return copyResource(PRESENCE_SCHEMA, directory, PRESENCE_SCHEMA);
    }

    /** The bytes of the classpath resource {@code schemas/<name>}. */
    public static byte[] bytesOf(String name) {
        try (InputStream in = TestSchemas.class.getClassLoader().getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test schema schemas/" + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code json} to {@code directory/<name>}. */
    public static Path write(Path directory, String name, String json) {
        Path file = directory.resolve(name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A request with the plugin's defaults: {@code schemas} as the source directory, outputs and
     * cache below {@code target}.
     */
    public static CodegenRequest request(Path schemas, Path target, String targetPackage, boolean failOnUnknown) {
        return new CodegenRequest(
                schemas,
                List.of("**/*.json"),
                List.of(),
                targetPackage,
                target.resolve("generated-sources"),
                target.resolve("generated-resources"),
                target.resolve("schema-codegen/test.cache"),
                failOnUnknown,
                "test-version");
    }

    /** {@link #request(Path, Path, String, boolean)} that only warns about unknown keywords. */
    public static CodegenRequest request(Path schemas, Path target, String targetPackage) {
        return request(schemas, target, targetPackage, false);
    }
}
