package org.realtimepresence.benchmarks.codegen;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import org.realtimepresence.codegen.generation.CodegenGenerationConfig;

/**
 * The plugin's own jsonschema2pojo options, plus the source directory, target directory and package that a
 * plain {@code Jsonschema2Pojo.generate} run needs: the comparison leaves out only what the plugin adds
 * (keyword coverage, reference checks, fingerprints, packaged schemas, staged output, markers).
 */
final class PlainJsonschema2PojoConfig extends CodegenGenerationConfig {

    private final File source;
    private final File target;
    private final String targetPackage;

    PlainJsonschema2PojoConfig(File source, File target, String targetPackage) {
        this.source = source;
        this.target = target;
        this.targetPackage = targetPackage;
    }

    @Override
    public Iterator<URL> getSource() {
        try {
            return List.of(source.toURI().toURL()).iterator();
        } catch (MalformedURLException e) {
            throw new IllegalStateException("Cannot address " + source, e);
        }
    }

    @Override
    public File getTargetDirectory() {
        return target;
    }

    @Override
    public String getTargetPackage() {
        return targetPackage;
    }
}
