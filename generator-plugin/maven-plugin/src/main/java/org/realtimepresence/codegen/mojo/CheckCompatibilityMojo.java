// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.mojo;

import java.io.File;
import java.util.List;
import javax.inject.Inject;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.compat.Baseline;
import org.realtimepresence.codegen.compat.CompatibilityCheck;
import org.realtimepresence.codegen.compat.CompatibilityMode;
import org.realtimepresence.codegen.compat.CompatibilityRequest;

/**
 * Compares each schema with its baseline (a directory of schemas, or a jar released by this plugin)
 * and fails the build when a difference breaks the configured compatibility mode. One log line per
 * difference, a summary line, and the same as JSON in {@code reportFile}.
 *
 * @since 0.1.0
 */
@Mojo(name = "check-compatibility", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckCompatibilityMojo extends AbstractSchemaMojo {

    /**
     * A directory of baseline schemas, matched to the new ones by relative path. Set this or
     * {@code baselineArtifact}, not both.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.baselineDirectory")
    private File baselineDirectory;

    /**
     * A released jar built by this plugin, as {@code groupId:artifactId:version}, resolved from the
     * project's repositories. Its schemas are read below {@code targetPackage}'s directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.baselineArtifact")
    private String baselineArtifact;

    /**
     * The package the baseline artifact's types were generated into (the {@code generate} goal's
     * {@code targetPackage}); its schemas are packaged below the matching directory. Needed only with
     * {@code baselineArtifact}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.targetPackage")
    private String targetPackage;

    /**
     * Fails the build when no baseline is configured or it cannot be found or resolved. When false,
     * the check warns and is skipped, for projects without a first release.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.failOnMissingBaseline", defaultValue = "true")
    private boolean failOnMissingBaseline;

    /**
     * {@code BACKWARD} (new readers read old data), {@code FORWARD} (old readers read new data),
     * {@code FULL} (both) or {@code NONE} (report only).
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.compatibility", defaultValue = "FULL")
    private String compatibility;

    /**
     * Counts a keyword the checker cannot reason about ("cannot prove compatible") as breaking. When
     * false, such differences are only reported.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.failOnUndecidable", defaultValue = "true")
    private boolean failOnUndecidable;

    /**
     * Where the JSON report is written: every difference with its direction, JSON Pointer and
     * reason, and the summary, as in the build log. It is written whole or not at all.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "schema-codegen.compatibilityReport",
            defaultValue = "${project.build.directory}/schema-codegen/compatibility-report.json")
    private File reportFile;

    /**
     * Skips the check. It has its own property so that generation can still run.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.compatibility.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    private RepositorySystemSession repositorySession;

    private final RepositorySystem repositorySystem;

    @Inject
    public CheckCompatibilityMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping schema-codegen:check-compatibility (schema-codegen.compatibility.skip is true).");
            return;
        }
        try {
            new CompatibilityCheck().run(request(), codegenLog());
        } catch (CodegenException e) {
            throw failure(e);
        }
    }

    private CompatibilityRequest request() throws CodegenException {
        return new CompatibilityRequest(
                sourceDirectory(),
                includes(),
                excludes(),
                baseline(),
                CompatibilityMode.parse(compatibility),
                failOnMissingBaseline,
                failOnUndecidable,
                reportFile.toPath());
    }

    private Baseline baseline() throws CodegenException {
        boolean hasArtifact = baselineArtifact != null && !baselineArtifact.isBlank();
        if (baselineDirectory != null && hasArtifact) {
            throw new CodegenException("Both baselineDirectory (" + baselineDirectory + ") and baselineArtifact ("
                    + baselineArtifact + ") are set; set only one.");
        }
        if (baselineDirectory != null) {
            return new Baseline.Directory(baselineDirectory.toPath());
        }
        if (!hasArtifact) {
            return new Baseline.Missing("neither baselineDirectory nor baselineArtifact is set");
        }
        return resolve(baselineArtifact.trim());
    }

    private Baseline resolve(String coordinates) throws CodegenException {
        String[] parts = coordinates.split(":", -1);
        if (parts.length != 3 || List.of(parts).stream().anyMatch(String::isBlank)) {
            throw new CodegenException("baselineArtifact \"" + coordinates
                    + "\" is not groupId:artifactId:version (for example com.example:model:1.2.0).");
        }
        if (targetPackage == null || !SourceVersion.isName(targetPackage)) {
            throw new CodegenException("baselineArtifact needs targetPackage (property schema-codegen.targetPackage),"
                    + " the Java package its schemas were generated into; found \"" + targetPackage + "\".");
        }
        ArtifactRequest request = new ArtifactRequest(
                new DefaultArtifact(parts[0], parts[1], "jar", parts[2]), project.getRemoteProjectRepositories(), null);
        try {
            File jar = repositorySystem
                    .resolveArtifact(repositorySession, request)
                    .getArtifact()
                    .getFile();
            return new Baseline.Jar(jar.toPath(), coordinates, targetPackage);
        } catch (ArtifactResolutionException e) {
            return new Baseline.Missing(
                    "the baseline artifact " + coordinates + " cannot be resolved (" + e.getMessage() + ")");
        }
    }
}
