// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.mojo;

import java.io.File;
import javax.lang.model.SourceVersion;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.CodegenRequest;
import org.realtimepresence.codegen.SchemaCodegen;
import org.realtimepresence.codegen.TypeStyle;
import org.realtimepresence.codegen.incremental.ContentHash;

/**
 * Generates Java types from JSON Schema draft 2020-12 files and packages each schema beside the
 * types generated from it.
 *
 * <p>The run is incremental by content: when the schemas, the configuration and the plugin version
 * are unchanged, nothing is written. The generated source and resource roots are added to the
 * project on every run, including when nothing changed.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractSchemaMojo {

    /**
     * The Java package of the generated types, for example {@code com.example.model}. The schemas
     * are packaged under the same path, for example {@code com/example/model/person.json}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.targetPackage", required = true)
    private String targetPackage;

    /**
     * Where the generated Java sources go. The directory belongs to this goal: it is replaced as a
     * whole on each run that generates, so a second execution of the goal needs a directory of its
     * own. One that overlaps {@code resourcesOutputDirectory} or {@code sourceDirectory} is refused.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "schema-codegen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schema-codegen")
    private File outputDirectory;

    /**
     * Where the packaged schemas go; added to the project as a resource root. The directory belongs
     * to this goal: it is replaced as a whole on each run that generates, so a second execution of
     * the goal needs a directory of its own.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "schema-codegen.resourcesOutputDirectory",
            defaultValue = "${project.build.directory}/generated-resources/schema-codegen")
    private File resourcesOutputDirectory;

    /**
     * Fails the build, instead of warning, when a schema uses a keyword that belongs to no vocabulary
     * of the draft it declares (draft 2020-12 when it declares none).
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.failOnUnknownKeywords", defaultValue = "false")
    private boolean failOnUnknownKeywords;

    /**
     * Writes, beside every root type {@code X}, the class {@code XJson} with static {@code read},
     * {@code validate}, {@code write} and {@code lines} methods that check and bind {@code X} against
     * the schema packaged beside it. The generated codecs need
     * {@code org.realtimepresence:schema-codegen-runtime} on the compile class path; with
     * {@code false}, only {@code jackson-annotations} is needed.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.generateCodec", defaultValue = "true")
    private boolean generateCodec;

    /**
     * Maps {@code type: number} to {@code Double} instead of the default {@code BigDecimal}. A
     * {@code Double} rounds: {@code 12345678901234567.89} comes back as {@code 1.2345678901234568E16}.
     * Integers are {@code Long} (or {@code BigInteger} beyond it) either way.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.useDoubleNumbers", defaultValue = "false")
    private boolean useDoubleNumbers;

    /**
     * The shape of the type generated for each object schema. {@code RECORD}, the default, writes an
     * immutable Java record with one {@code @JsonProperty} per component, a compact constructor that
     * rejects a missing required property naming it, collections copied unmodifiable, and a static
     * {@code builder()} whose {@code build()} names every missing required property at once; an object
     * schema written inline in a property becomes a record nested in its parent ({@code Order.Address}).
     * {@code BEAN} writes jsonschema2pojo's mutable bean with getters, setters and {@code withX}
     * methods. Any other value fails the build, naming the allowed ones.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.typeStyle", defaultValue = "RECORD")
    private String typeStyle;

    /**
     * Skips the goal: nothing is generated and no roots are added.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema-codegen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("Skipping schema-codegen:generate (schema-codegen.skip is true).");
            return;
        }
        try {
            new SchemaCodegen().run(request(), codegenLog());
        } catch (CodegenException e) {
            throw failure(e);
        }
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        addResourceRoot();
    }

    private CodegenRequest request() throws CodegenException {
        if (!SourceVersion.isName(targetPackage)) {
            throw new CodegenException("targetPackage \"" + targetPackage
                    + "\" is not a valid Java package name (for example com.example.model).");
        }
        File cache =
                new File(project.getBuild().getDirectory(), "schema-codegen/" + execution.getExecutionId() + ".cache");
        return new CodegenRequest(
                        sourceDirectory(),
                        includes(),
                        excludes(),
                        targetPackage,
                        outputDirectory.toPath(),
                        resourcesOutputDirectory.toPath(),
                        cache.toPath(),
                        failOnUnknownKeywords,
                        pluginVersion(),
                        generateCodec)
                .withUseDoubleNumbers(useDoubleNumbers)
                .withTypeStyle(typeStyle());
    }

    private TypeStyle typeStyle() throws CodegenException {
        for (TypeStyle style : TypeStyle.values()) {
            if (style.name().equals(typeStyle)) {
                return style;
            }
        }
        throw new CodegenException("typeStyle \"" + typeStyle + "\" is not one of RECORD, BEAN.");
    }

    /**
     * The plugin version for the fingerprint. A SNAPSHOT's code changes without its version
     * changing, so its jar's content hash is added; release builds rely on the version alone.
     */
    private String pluginVersion() throws CodegenException {
        PluginDescriptor plugin = execution.getMojoDescriptor().getPluginDescriptor();
        String version = plugin.getVersion();
        File jar = plugin.getPluginArtifact() == null
                ? null
                : plugin.getPluginArtifact().getFile();
        if (!version.endsWith("-SNAPSHOT") || jar == null || !jar.isFile()) {
            return version;
        }
        return version + "+sha256:" + ContentHash.of(jar.toPath());
    }

    private void addResourceRoot() {
        String directory = resourcesOutputDirectory.getAbsolutePath();
        boolean present = project.getResources().stream().anyMatch(r -> directory.equals(r.getDirectory()));
        if (!present) {
            Resource resource = new Resource();
            resource.setDirectory(directory);
            project.addResource(resource);
        }
    }
}
