// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything one generation run depends on, fixed before the run starts.
 *
 * @param sourceDirectory where the schemas are
 * @param includes Ant-style patterns of schema files, relative to {@code sourceDirectory}
 * @param excludes Ant-style patterns left out, relative to {@code sourceDirectory}
 * @param targetPackage the Java package of the generated types; sub-directories become sub-packages
 * @param outputDirectory the generated Java sources, owned entirely by this run
 * @param resourcesOutputDirectory the packaged schemas, owned entirely by this run
 * @param cacheFile where the fingerprint of the last successful run is kept
 * @param failOnUnknownKeywords whether a keyword outside draft 2020-12 fails the run
 * @param generatorVersion the plugin version, part of the fingerprint
 * @param generateCodec whether every root type {@code X} gets its codec class {@code XJson}
 * @param useDoubleNumbers whether {@code type: number} is a {@code Double} rather than a {@code BigDecimal}
 * @param typeStyle whether object schemas become records or beans
 */
public record CodegenRequest(
        Path sourceDirectory,
        List<String> includes,
        List<String> excludes,
        String targetPackage,
        Path outputDirectory,
        Path resourcesOutputDirectory,
        Path cacheFile,
        boolean failOnUnknownKeywords,
        String generatorVersion,
        boolean generateCodec,
        boolean useDoubleNumbers,
        TypeStyle typeStyle) {

    public CodegenRequest {
        Objects.requireNonNull(sourceDirectory, "sourceDirectory");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        Objects.requireNonNull(targetPackage, "targetPackage");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(resourcesOutputDirectory, "resourcesOutputDirectory");
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(typeStyle, "typeStyle");
    }

    /** A request with the goal's defaults: codec classes, and {@code BigDecimal} numbers. */
    public CodegenRequest(
            Path sourceDirectory,
            List<String> includes,
            List<String> excludes,
            String targetPackage,
            Path outputDirectory,
            Path resourcesOutputDirectory,
            Path cacheFile,
            boolean failOnUnknownKeywords,
            String generatorVersion) {
        this(
                sourceDirectory,
                includes,
                excludes,
                targetPackage,
                outputDirectory,
                resourcesOutputDirectory,
                cacheFile,
                failOnUnknownKeywords,
                generatorVersion,
                true);
    }

    /** A request with {@code BigDecimal} numbers and records, the goal's defaults. */
    public CodegenRequest(
            Path sourceDirectory,
            List<String> includes,
            List<String> excludes,
            String targetPackage,
            Path outputDirectory,
            Path resourcesOutputDirectory,
            Path cacheFile,
            boolean failOnUnknownKeywords,
            String generatorVersion,
            boolean generateCodec) {
        this(
                sourceDirectory,
                includes,
                excludes,
                targetPackage,
                outputDirectory,
                resourcesOutputDirectory,
                cacheFile,
                failOnUnknownKeywords,
                generatorVersion,
                generateCodec,
                false,
                TypeStyle.RECORD);
    }

    /** The same request with {@code generateCodec} set as given. */
    public CodegenRequest withGenerateCodec(boolean generate) {
        return new CodegenRequest(
                sourceDirectory,
                includes,
                excludes,
                targetPackage,
                outputDirectory,
                resourcesOutputDirectory,
                cacheFile,
                failOnUnknownKeywords,
                generatorVersion,
                generate,
                useDoubleNumbers,
                typeStyle);
    }

    /** The same request with {@code useDoubleNumbers} set as given. */
    public CodegenRequest withUseDoubleNumbers(boolean doubles) {
        return new CodegenRequest(
                sourceDirectory,
                includes,
                excludes,
                targetPackage,
                outputDirectory,
                resourcesOutputDirectory,
                cacheFile,
                failOnUnknownKeywords,
                generatorVersion,
                generateCodec,
                doubles,
                typeStyle);
    }

    /** The same request with {@code typeStyle} set as given. */
    public CodegenRequest withTypeStyle(TypeStyle style) {
        return new CodegenRequest(
                sourceDirectory,
                includes,
                excludes,
                targetPackage,
                outputDirectory,
                resourcesOutputDirectory,
                cacheFile,
                failOnUnknownKeywords,
                generatorVersion,
                generateCodec,
                useDoubleNumbers,
                style);
    }

    /**
     * The settings that shape the output, as stable text for the fingerprint. Paths are left out on
     * purpose: moving the checkout must not force a rebuild.
     */
    public String effectiveConfiguration() {
        return "targetPackage=" + targetPackage
                + "\nincludes=" + String.join(",", includes)
                + "\nexcludes=" + String.join(",", excludes)
                + "\nfailOnUnknownKeywords=" + failOnUnknownKeywords
                + "\ngenerateCodec=" + generateCodec
                + "\nuseDoubleNumbers=" + useDoubleNumbers
                + "\ntypeStyle=" + typeStyle
                + "\ngeneratorVersion=" + generatorVersion
                + "\n";
    }
}
