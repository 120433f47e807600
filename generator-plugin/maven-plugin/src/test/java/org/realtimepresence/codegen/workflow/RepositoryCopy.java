// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.workflow;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A copy of the repository's working tree as a fresh clone would have it: every file except build
 * output ({@code target/}) and version control ({@code .git}). Uncommitted edits are copied too, so
 * the workflow is checked on the code under test.
 */
final class RepositoryCopy {

    private static final Set<String> LEFT_OUT = Set.of("target", ".git");

    private RepositoryCopy() {}

    /** Replaces {@code copy} with a copy of {@code repository}. */
    static Path of(Path repository, Path copy) throws IOException {
        deleteTree(copy);
        Files.walkFileTree(repository, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(repository)
                        && LEFT_OUT.contains(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                Files.createDirectories(copy.resolve(repository.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!LEFT_OUT.contains(file.getFileName().toString())) { // a worktree's .git is a file
                    Files.copy(
                            file,
                            copy.resolve(repository.relativize(file).toString()),
                            StandardCopyOption.COPY_ATTRIBUTES);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return copy;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
