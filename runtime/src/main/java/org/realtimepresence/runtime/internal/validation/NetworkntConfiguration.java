// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.validation;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import com.networknt.schema.resource.SchemaIdResolvers;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.realtimepresence.runtime.CodecLimits;

/**
 * The single networknt configuration behind every codec, also used to run the JSON-Schema-Test-Suite.
 *
 * <ul>
 *   <li>Draft 2020-12, with {@code format} asserted (2020-12 only annotates it by default).</li>
 *   <li>English messages whatever {@link Locale#getDefault()} is.</li>
 *   <li>Schemas come from the classpath only: no remote loader is installed, and any IRI that is neither a
 *       {@code classpath:} location, a bundled meta-schema nor an explicitly mapped prefix is refused before
 *       lookup.</li>
 *   <li>{@code classpath:} locations resolve through the class loader of the type being validated, not the
 *       thread's context class loader, so a type in an isolated class loader (a plugin, an application server)
 *       finds the schema packaged beside it.</li>
 * </ul>
 */
public final class NetworkntConfiguration {

    /** Message language of every violation. */
    public static final Locale MESSAGE_LOCALE = Locale.ENGLISH;

    private static final String CLASSPATH_SCHEME = "classpath:";
    private static final String META_SCHEMAS = "https://json-schema.org/";

    private NetworkntConfiguration() {}

    /**
     * A registry that resolves only schemas {@code classLoader} finds, and the meta-schemas bundled with networknt.
     */
    public static SchemaRegistry registry(ClassLoader classLoader) {
        return registry(classLoader, Map.of());
    }

    /**
     * A registry that also maps each IRI prefix key onto a {@code classpath:} prefix value (for schemas whose
     * {@code $id}s name other hosts, as the JSON-Schema-Test-Suite's do).
     */
    public static SchemaRegistry registry(ClassLoader classLoader, Map<String, String> classpathPrefixes) {
        Objects.requireNonNull(classLoader, "classLoader");
        classpathPrefixes.values().forEach(NetworkntConfiguration::requireClasspath);
        Predicate<AbsoluteIri> allowed = iri -> {
            String text = iri.toString();
            return text.startsWith(CLASSPATH_SCHEME)
                    || text.startsWith(META_SCHEMAS)
                    || classpathPrefixes.keySet().stream().anyMatch(text::startsWith);
        };
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(true)
                .locale(MESSAGE_LOCALE)
                .pathType(PathType.JSON_POINTER)
                .build();
        SchemaIdResolvers.Builder ids = SchemaIdResolvers.builder();
        classpathPrefixes.forEach(ids::mapPrefix);
        // No remote loader: the loader below holds no resource loader besides the class path.
        TypeClassLoaderSchemaLoader loader = new TypeClassLoaderSchemaLoader(classLoader, ids.build(), allowed);
        return SchemaRegistry.withDefaultDialect(
                SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config).schemaLoader(loader));
    }

    /** Per-validation settings: English, {@code format} asserted, evaluation bounded for untrusted input. */
    public static ExecutionConfig executionConfig(CodecLimits limits) {
        return ExecutionConfig.builder()
                .locale(MESSAGE_LOCALE)
                .formatAssertionsEnabled(true)
                .maxEvaluationSteps(limits.maxEvaluationSteps())
                .maxEvaluationDepth(limits.maxEvaluationDepth())
                .build();
    }

    /** The classpath location networknt loads a schema resource from. */
    public static String classpathLocation(String resource) {
        return CLASSPATH_SCHEME + resource;
    }

    private static void requireClasspath(String target) {
        if (!target.startsWith(CLASSPATH_SCHEME)) {
            throw new IllegalArgumentException("Schemas may only be mapped onto the classpath, not " + target);
        }
    }
}
