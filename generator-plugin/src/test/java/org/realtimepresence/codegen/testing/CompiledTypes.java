package org.realtimepresence.codegen.testing;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.CodegenResult;
import org.realtimepresence.codegen.SchemaCodegen;

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
        return of(work, targetPackage, System.getProperty("java.class.path"));
    }

    /** {@link #of(Path, String)}, compiled against {@code classPath} instead of the test class path. */
    public static CompiledTypes of(Path work, String targetPackage, String classPath)
            throws CodegenException, IOException {
        Path target = work.resolve("target");
        CodegenResult result = new SchemaCodegen().run(
                TestSchemas.request(work.resolve("schemas"), target, targetPackage), CodegenLog.silent());
        URLClassLoader loader = InProcessCompiler.compile(
                target.resolve("generated-sources"), target.resolve("classes"), classPath);
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
