// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.mojo;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenLog;

/** What every goal shares: where the schemas are, which of them to take, and how failures surface. */
abstract class AbstractSchemaMojo extends AbstractMojo {

    /** Every JSON file below {@code sourceDirectory}. */
    private static final String DEFAULT_INCLUDE = "**/*.json";

    /**
     * The directory that holds the schemas. For {@code generate}, sub-directories become
     * sub-packages of {@code targetPackage}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.sourceDirectory", defaultValue = "${project.basedir}/src/main/schemas")
    private File sourceDirectory;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of the schema files to use. The
     * compatibility check applies them to the baseline too. On the command line, separate patterns
     * with commas. Every JSON file by default; an empty list means the default too.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.includes", defaultValue = DEFAULT_INCLUDE)
    private List<String> includes;

    /**
     * Ant-style patterns, relative to {@code sourceDirectory}, of files to leave out. A left-out
     * schema that another one references is still packaged by {@code generate}, so the reference
     * resolves at run time. None by default.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.excludes")
    private List<String> excludes;

    protected Path sourceDirectory() {
        return sourceDirectory.toPath();
    }

    protected List<String> includes() {
        return includes == null || includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes;
    }

    protected List<String> excludes() {
        return excludes == null ? List.of() : excludes;
    }

    protected CodegenLog codegenLog() {
        return new MavenCodegenLog(getLog());
    }

    /** Logs the message, then turns it into the failure Maven reports. */
    protected MojoFailureException failure(CodegenException e) {
        getLog().error(e.getMessage());
        return new MojoFailureException(e.getMessage(), e);
    }
}
