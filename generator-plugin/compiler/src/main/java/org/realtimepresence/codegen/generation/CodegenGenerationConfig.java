// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import org.jsonschema2pojo.AnnotationStyle;
import org.jsonschema2pojo.DefaultGenerationConfig;
import org.jsonschema2pojo.InclusionLevel;
import org.jsonschema2pojo.SourceType;

/**
 * The fixed jsonschema2pojo options behind every generated type. They are not parameters: the
 * guarantees of the generated code (no lost data, strict reading, Java 17) depend on them. Internal to
 * the generator: callers choose through {@code CodegenRequest}, never through jsonschema2pojo's options.
 */
final class CodegenGenerationConfig extends DefaultGenerationConfig {

    private final boolean useDoubleNumbers;

    /** @param useDoubleNumbers whether {@code number} is a {@code Double} (the {@code useDoubleNumbers} parameter) */
    CodegenGenerationConfig(boolean useDoubleNumbers) {
        this.useDoubleNumbers = useDoubleNumbers;
    }

    /**
     * {@code number} is a {@code BigDecimal}, so that {@code 12345678901234567.89} comes back as
     * written; {@code Double}, which {@code useDoubleNumbers} asks for, rounds it.
     */
    @Override
    public boolean isUseBigDecimals() {
        return !useDoubleNumbers;
    }

    /**
     * {@code integer} is a {@code Long} (a {@code BigInteger} where the bounds go beyond it, see
     * {@code WideIntegerTypeRule}): JSON integers are not limited to 32 bits.
     */
    @Override
    public boolean isUseLongIntegers() {
        return true;
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

    /**
     * RFC 3339 {@code full-time} has an offset, which {@code LocalTime} cannot read, and Jackson
     * writes an {@code OffsetTime} without zero seconds, which RFC 3339 requires; so the text is
     * kept exactly and the validator checks it.
     */
    @Override
    public String getTimeType() {
        return "java.lang.String";
    }

    /** An absent array must stay absent: an initialized empty list would be written back as []. */
    @Override
    public boolean isInitializeCollections() {
        return false;
    }

    @Override
    public boolean isGenerateBuilders() {
        return true; // the fluent withX methods
    }

    @Override
    public boolean isIncludeJsr303Annotations() {
        return false; // the packaged schema and its validator are the one source of constraints
    }

    @Override
    public boolean isIncludeGeneratedAnnotation() {
        return false; // GeneratedMarkers adds ours, without jsonschema2pojo's name
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
        return false; // the staged output directory is always fresh
    }
}
