// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.codehaus.plexus.util.DirectoryScanner;
import org.realtimepresence.codegen.CodegenException;

/** Finds the schema files selected by Ant-style includes and excludes, in a stable order. */
public final class SchemaSources {

    private SchemaSources() {}

    /**
     * Lists the selected files.
     *
     * @return relative paths with {@code /}, sorted, so that every run sees the same order
     * @throws CodegenException when the directory does not exist
     */
    public static List<String> scan(Path directory, List<String> includes, List<String> excludes)
            throws CodegenException {
        if (!Files.isDirectory(directory)) {
            throw new CodegenException("The schema source directory " + directory.toAbsolutePath()
                    + " does not exist or is not a directory. Create it, or point sourceDirectory"
                    + " (property schema-codegen.sourceDirectory) at the directory that holds your schemas.");
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(directory.toFile());
        scanner.setIncludes(includes.toArray(String[]::new));
        scanner.setExcludes(excludes.toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        List<String> files = new ArrayList<>();
        for (String file : scanner.getIncludedFiles()) {
            files.add(file.replace('\\', '/'));
        }
        files.sort(null);
        return files;
    }
}
