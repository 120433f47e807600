// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.testing;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.CodegenRequest;
import org.realtimepresence.codegen.CodegenResult;
import org.realtimepresence.codegen.SchemaCodegen;
import org.realtimepresence.codegen.TypeStyle;

/**
 * The types generated from {@code work/schemas} into {@code work/target}, compiled strictly and
 * loaded in their own class loader, which {@link #close()} releases.
 */
public final class CompiledTypes implements AutoCloseable {

    private final CodegenResult result;
    private final Path target;
    private final URLClassLoader loader;

    private CompiledTypes(CodegenResult result, Path target, URLClassLoader loader) {
        this.result = result;
        this.target = target;
        this.loader = loader;
    }

    /** Generates with the plugin's defaults, then compiles with {@link InProcessCompiler}. */
    public static CompiledTypes of(Path work, String targetPackage) throws CodegenException, IOException {
        Path target = work.resolve("target");
        return of(
                TestSchemas.request(work.resolve("schemas"), target, targetPackage),
                target,
                System.getProperty("java.class.path"));
    }

    /**
     * The types alone ({@code generateCodec} off), compiled against jackson-annotations alone: what
     * the README promises they need, so that they cannot come to depend on either Jackson's databind
     * or on the runtime unnoticed.
     */
    public static CompiledTypes typesAgainstAnnotationsOnly(Path work, String targetPackage)
            throws CodegenException, IOException {
        return typesAgainstAnnotationsOnly(work, targetPackage, TypeStyle.RECORD);
    }

    /** {@link #typesAgainstAnnotationsOnly(Path, String)} in the given type style, into {@code work/target-<style>}. */
    public static CompiledTypes typesAgainstAnnotationsOnly(Path work, String targetPackage, TypeStyle style)
            throws CodegenException, IOException {
        Path target = work.resolve("target-" + style.name().toLowerCase(java.util.Locale.ROOT));
        return of(
                TestSchemas.request(work.resolve("schemas"), target, targetPackage)
                        .withGenerateCodec(false)
                        .withTypeStyle(style),
                target,
                InProcessCompiler.annotationsOnly());
    }

    /** Generates in the given type style, then compiles with {@link InProcessCompiler}. */
    public static CompiledTypes of(Path work, String targetPackage, TypeStyle style)
            throws CodegenException, IOException {
        Path target = work.resolve("target-" + style.name().toLowerCase(java.util.Locale.ROOT));
        return of(
                TestSchemas.request(work.resolve("schemas"), target, targetPackage)
                        .withTypeStyle(style),
                target,
                System.getProperty("java.class.path"));
    }

    /**
     * The value of {@code property} on {@code value}: its record accessor ({@code since()}) or bean
     * getter ({@code getSince()}), whichever the generated class has.
     */
    public static Object property(Object value, String property) throws ReflectiveOperationException {
        Class<?> type = value.getClass();
        String name =
                type.isRecord() ? property : "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return type.getMethod(name).invoke(value);
    }

    private static CompiledTypes of(CodegenRequest request, Path target, String classPath)
            throws CodegenException, IOException {
        CodegenResult result = new SchemaCodegen().run(request, CodegenLog.silent());
        URLClassLoader loader =
                InProcessCompiler.compile(target.resolve("generated-sources"), target.resolve("classes"), classPath);
        return new CompiledTypes(result, target, loader);
    }

    public CodegenResult result() {
        return result;
    }

    /** The run's output root, holding {@code generated-sources} and {@code generated-resources}. */
    public Path target() {
        return target;
    }

    public Class<?> load(String className) throws ClassNotFoundException {
        return loader.loadClass(className);
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }
}
