// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.corpus;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources the way a consumer with only {@code jackson-annotations} on its class
 * path would: the class path is this JVM's, but javac sees no package of it except
 * {@code com.fasterxml.jackson.annotation}. That holds also when the runner is a shaded jar that
 * bundles Jackson databind and everything else.
 */
final class AnnotationsOnlyCompiler {

    private static final String VISIBLE_PACKAGE = "com.fasterxml.jackson.annotation";

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();

    /** The first error, or {@code null} when every source below {@code sources} compiles. */
    String firstError(Path sources, Path classes) throws IOException {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            return "no sources generated";
        }
        Files.createDirectories(classes);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager standard =
                        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
                AnnotationsOnly fileManager = new AnnotationsOnly(standard)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-encoding",
                    "UTF-8",
                    "-proc:none",
                    "-classpath",
                    System.getProperty("java.class.path"),
                    "-d",
                    classes.toString());
            compiled = compiler.getTask(
                            null, fileManager, diagnostics, options, null, standard.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        if (compiled) {
            return null;
        }
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                String source = diagnostic.getSource() == null
                        ? ""
                        : Path.of(diagnostic.getSource().getName())
                                .getFileName()
                                .toString();
                return source + ":" + diagnostic.getLineNumber() + ": "
                        + diagnostic.getMessage(Locale.ROOT).lines().findFirst().orElse("");
            }
        }
        return "javac failed without an error diagnostic";
    }

    /** Hides every class path package except the annotations. */
    private static final class AnnotationsOnly extends ForwardingJavaFileManager<StandardJavaFileManager> {

        AnnotationsOnly(StandardJavaFileManager fileManager) {
            super(fileManager);
        }

        @Override
        public Iterable<JavaFileObject> list(
                Location location, String packageName, Set<JavaFileObject.Kind> kinds, boolean recurse)
                throws IOException {
            if (location == StandardLocation.CLASS_PATH && !packageName.equals(VISIBLE_PACKAGE)) {
                return List.of();
            }
            return super.list(location, packageName, kinds, recurse);
        }
    }
}
