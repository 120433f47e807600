// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.codegen;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.Iterator;
import java.util.List;
import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.InclusionLevel;

/**
 * Plain jsonschema2pojo, set up as a user of its own plugin would set it up for the same output as
 * schema-codegen's (Java 17, Jackson 3 annotations, fluent builders, exact numbers, {@code java.time}, no
 * JSR-303, no initialized collections, non-null inclusion): the comparison leaves out what schema-codegen adds (its rules, keyword coverage, reference checks,
 * fingerprints, packaged schemas, codecs, staged output, markers). The generator's own options are internal to
 * schema-codegen-compiler, so this list is the benchmark's, and {@code BENCHMARKS.md} names it.
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

    @Override
    public String getTargetVersion() {
        return "17";
    }

    @Override
    public AnnotationStyle getAnnotationStyle() {
        return AnnotationStyle.JACKSON3;
    }

    @Override
    public boolean isUseBigDecimals() {
        return true;
    }

    @Override
    public boolean isUseLongIntegers() {
        return true;
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
        return "java.lang.String";
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
    public boolean isInitializeCollections() {
        return false;
    }

    @Override
    public InclusionLevel getInclusionLevel() {
        return InclusionLevel.NON_NULL;
    }

    @Override
    public boolean isIncludeDynamicAccessors() {
        return false;
    }

    @Override
    public String getOutputEncoding() {
        return "UTF-8";
    }
}
