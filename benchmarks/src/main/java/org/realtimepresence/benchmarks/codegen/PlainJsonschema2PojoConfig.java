package org.realtimepresence.benchmarks.codegen;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.InclusionLevel;
import org.jsonschema2pojo.SourceType;

/**
 * The options the plugin hands jsonschema2pojo-core, for a plain {@code Jsonschema2Pojo.generate} run over a
 * source directory: the comparison leaves out only what the plugin adds (keyword coverage, reference checks,
 * fingerprints, packaged schemas, staged output).
 */
final class PlainJsonschema2PojoConfig extends DefaultGenerationConfig {

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
            throw new IllegalStateException(e);
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

    @Override
    public String getTargetVersion() {
        return "17";
    }

    @Override
    public AnnotationStyle getAnnotationStyle() {
        return AnnotationStyle.JACKSON3;
    }

    @Override
    public SourceType getSourceType() {
        return SourceType.JSONSCHEMA;
    }

    @Override
    public String getDateTimeType() {
        return "java.time.OffsetDateTime";
    }

    @Override
    public String getDateType() {
        return "java.time.LocalDate";
    }

    @Override
    public String getTimeType() {
        return "java.time.LocalTime";
    }

    @Override
    public boolean isGenerateBuilders() {
        return true;
    }

    @Override
    public boolean isIncludeJsr303Annotations() {
        return false;
    }

    @Override
    public boolean isIncludeGeneratedAnnotation() {
        return false;
    }

    @Override
    public InclusionLevel getInclusionLevel() {
        return InclusionLevel.NON_NULL;
    }

    @Override
    public String getOutputEncoding() {
        return "UTF-8";
    }

    @Override
    public boolean isIncludeDynamicAccessors() {
        return false;
    }

    @Override
    public boolean isRemoveOldOutput() {
        return false;
    }
}
