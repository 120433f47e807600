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
 * Test schemas copied into a temporary source directory, and requests over them. The project's
 * real schema is read from {@code ../schemas}, relative to this module, so the tests always see the
 * file the model is built from.
 */
public final class TestSchemas {

    /** The project's schema, relative to the plugin module (surefire runs in the module directory). */
    public static final Path PRESENCE_SCHEMA = Path.of("..", "schemas", "realtime-presence.json");

    private TestSchemas() {
    }

    /** Copies the classpath resource {@code schemas/<name>} to {@code directory/<target>}. */
    public static Path copyResource(String name, Path directory, String target) {
        Path file = directory.resolve(target);
        try (InputStream in = TestSchemas.class.getClassLoader().getResourceAsStream("schemas/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test schema schemas/" + name + " on the class path");
            }
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Copies the project's real schema into {@code directory}. */
    public static Path copyPresenceSchema(Path directory) {
        try {
            Files.createDirectories(directory);
            return Files.copy(PRESENCE_SCHEMA, directory.resolve("realtime-presence.json"));
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
        return new CodegenRequest(schemas, List.of("**/*.json"), List.of(), targetPackage,
                target.resolve("generated-sources"), target.resolve("generated-resources"),
                target.resolve("schema-codegen/test.cache"), failOnUnknown, "test-version");
    }

    /** {@link #request(Path, Path, String, boolean)} that only warns about unknown keywords. */
    public static CodegenRequest request(Path schemas, Path target, String targetPackage) {
        return request(schemas, target, targetPackage, false);
    }
}
