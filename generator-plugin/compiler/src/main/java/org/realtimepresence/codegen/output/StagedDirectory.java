// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.realtimepresence.codegen.CodegenException;

/**
 * A fresh sibling of an output directory that a run fills completely before it replaces the
 * output. Until {@link #commit()} the previous output stays untouched; after a failure
 * {@link #discard()} removes the partial work.
 */
public final class StagedDirectory {

    private final Path target;
    private final Path staging;

    private StagedDirectory(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates an empty staging directory next to {@code target}. */
    public static StagedDirectory next(Path target) throws CodegenException {
        Path absolute = target.toAbsolutePath().normalize();
        Path staging = absolute.resolveSibling("." + absolute.getFileName() + ".staging");
        try {
            deleteRecursively(staging);
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new CodegenException("Cannot prepare " + staging + ": " + e.getMessage(), e);
        }
        return new StagedDirectory(absolute, staging);
    }

    /** Where to write. */
    public Path path() {
        return staging;
    }

    /** Replaces the output with the staged content. */
    public void commit() throws CodegenException {
        try {
            deleteRecursively(target);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new CodegenException("Cannot move " + staging + " to " + target + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staged content, leaving the output as it was. */
    public void discard() {
        try {
            deleteRecursively(staging);
        } catch (IOException e) {
            // Best effort: the next run clears it before use.
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
