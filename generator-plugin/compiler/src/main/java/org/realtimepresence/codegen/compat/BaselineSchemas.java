// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.codehaus.plexus.util.SelectorUtils;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.schema.SchemaFile;
import org.realtimepresence.codegen.schema.SchemaReader;
import org.realtimepresence.codegen.schema.SchemaSources;

/** Reads the baseline's schemas, keyed by the same relative paths as the new ones. */
final class BaselineSchemas {

    /** The baseline is not there; the caller decides whether that fails the build. */
    static final class MissingBaselineException extends Exception {
        private static final long serialVersionUID = 1L;

        MissingBaselineException(String message) {
            super(message);
        }
    }

    private final SchemaReader reader;

    BaselineSchemas(SchemaReader reader) {
        this.reader = reader;
    }

    Map<String, SchemaFile> load(Baseline baseline, List<String> includes, List<String> excludes)
            throws CodegenException, MissingBaselineException {
        if (baseline instanceof Baseline.Directory directory) {
            return fromDirectory(directory.path(), includes, excludes);
        }
        if (baseline instanceof Baseline.Jar jar) {
            return fromJar(jar, includes, excludes);
        }
        throw new MissingBaselineException(((Baseline.Missing) baseline).reason());
    }

    private Map<String, SchemaFile> fromDirectory(Path directory, List<String> includes, List<String> excludes)
            throws CodegenException, MissingBaselineException {
        if (!Files.isDirectory(directory)) {
            throw new MissingBaselineException(
                    "the baseline directory " + directory.toAbsolutePath() + " does not exist");
        }
        Map<String, SchemaFile> schemas = new TreeMap<>();
        for (String relative : SchemaSources.scan(directory, includes, excludes)) {
            schemas.put(relative, reader.read(relative, directory.resolve(relative)));
        }
        return schemas;
    }

    private Map<String, SchemaFile> fromJar(Baseline.Jar jar, List<String> includes, List<String> excludes)
            throws CodegenException, MissingBaselineException {
        String packagePath = jar.targetPackage().replace('.', '/');
        try (FileSystem zip = FileSystems.newFileSystem(jar.jar(), (ClassLoader) null)) {
            Path root = zip.getPath("/" + packagePath);
            if (!Files.isDirectory(root)) {
                throw new MissingBaselineException(jar.describe() + " (" + jar.jar() + ") has no " + packagePath
                        + "/ directory; set targetPackage to the package its schemas were generated into");
            }
            Map<String, SchemaFile> schemas = new TreeMap<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    String relative = root.relativize(file).toString();
                    if (selected(relative, includes, excludes)) {
                        schemas.put(relative, reader.read(relative, file));
                    }
                }
            }
            if (schemas.isEmpty()) {
                throw new MissingBaselineException(
                        jar.describe() + " has no schema matching " + includes + " below " + packagePath + "/");
            }
            return schemas;
        } catch (IOException e) {
            throw new CodegenException(
                    "Cannot read the baseline " + jar.describe() + " from " + jar.jar() + ": " + e.getMessage(), e);
        }
    }

    private static boolean selected(String relative, List<String> includes, List<String> excludes) {
        return includes.stream().anyMatch(pattern -> SelectorUtils.matchPath(pattern, relative))
                && excludes.stream().noneMatch(pattern -> SelectorUtils.matchPath(pattern, relative));
    }
}
