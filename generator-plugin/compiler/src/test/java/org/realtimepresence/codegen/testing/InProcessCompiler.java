// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with {@code javax.tools} the way a strict consumer would: Java 17,
 * every lint on and warnings as errors, against the test class path (jackson-annotations and
 * jackson-databind 3 among it). Any diagnostic at all fails the compilation.
 */
public final class InProcessCompiler {

    private InProcessCompiler() {}

    /**
     * Compiles every {@code .java} file below {@code sources} into {@code classes} and returns a
     * fresh class loader over them, whose parent is this test's class loader (so Jackson and the
     * annotations are the same classes on both sides).
     *
     * @throws AssertionError listing every diagnostic, when there is one
     */
    public static URLClassLoader compile(Path sources, Path classes) throws IOException {
        return compile(sources, classes, System.getProperty("java.class.path"));
    }

    /** The class path of jackson-annotations alone, all that the generated types need. */
    public static String annotationsOnly() {
        try {
            return Path.of(JsonProperty.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate jackson-annotations", e);
        }
    }

    /** {@link #compile(Path, Path)} against {@code classPath} instead of the test class path. */
    public static URLClassLoader compile(Path sources, Path classes, String classPath) throws IOException {
        List<File> files;
        try (Stream<Path> walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java"))
                    .map(Path::toFile)
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new AssertionError("No generated sources below " + sources);
        }
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager fileManager =
                compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            List<String> options = List.of(
                    "--release",
                    "17",
                    "-Xlint:all",
                    "-Werror",
                    "-encoding",
                    "UTF-8",
                    "-proc:none",
                    "-classpath",
                    classPath,
                    "-d",
                    classes.toString());
            compiled = compiler.getTask(
                            null,
                            fileManager,
                            diagnostics,
                            options,
                            null,
                            fileManager.getJavaFileObjectsFromFiles(files))
                    .call();
        }
        List<String> reported = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            reported.add(diagnostic.getKind() + " "
                    + (diagnostic.getSource() == null
                            ? ""
                            : diagnostic.getSource().getName()) + ":" + diagnostic.getLineNumber() + ": "
                    + diagnostic.getMessage(Locale.ROOT));
        }
        if (!compiled || !reported.isEmpty()) {
            throw new AssertionError("The generated sources do not compile cleanly with -Xlint:all -Werror:\n"
                    + String.join("\n", reported));
        }
        return new URLClassLoader(new URL[] {url(classes)}, InProcessCompiler.class.getClassLoader());
    }

    private static URL url(Path directory) {
        try {
            return directory.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
