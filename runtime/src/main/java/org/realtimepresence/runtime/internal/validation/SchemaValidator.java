// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.validation;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.JsonNode;

/** One schema, loaded once from the classpath; thread-safe, so one instance serves every thread. */
public final class SchemaValidator {

    private final Schema schema;
    private final ExecutionConfig executionConfig;

    /** Validates with an already compiled schema; its registry should come from {@link NetworkntConfiguration}. */
    public SchemaValidator(Schema schema, CodecLimits limits) {
        this.schema = schema;
        this.schema.initializeValidators();
        this.executionConfig = NetworkntConfiguration.executionConfig(limits);
    }

    /**
     * Loads and compiles, once, the schema that {@code loader} finds at {@code schemaResource}; the caller has
     * checked that it is there.
     */
    public static SchemaValidator forResource(ClassLoader loader, String schemaResource, CodecLimits limits) {
        return new SchemaValidator(
                NetworkntConfiguration.registry(loader)
                        .getSchema(SchemaLocation.of(NetworkntConfiguration.classpathLocation(schemaResource))),
                limits);
    }

    /** Every violation of {@code tree}, unordered and uncapped. */
    public List<Violation> validate(JsonNode tree) {
        List<Error> errors;
        try {
            errors = schema.validate(tree, context -> context.setExecutionConfig(executionConfig));
        } catch (ValidationLimitExceededException e) {
            return List.of(new Violation(
                    pointer(e.getInstanceLocation()),
                    Violation.LIMIT,
                    "Schema evaluation stopped: over its limit of " + e.getLimit() + " "
                            + e.getLimitKind()
                                    .name()
                                    .toLowerCase(java.util.Locale.ROOT)
                                    .replace('_', ' ')));
        }
        List<Violation> violations = new ArrayList<>(errors.size());
        for (Error error : errors) {
            violations.add(toViolation(error));
        }
        return violations;
    }

    private static Violation toViolation(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        // networknt reports an unexpected property at its object; point at the property itself.
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            pointer = JsonPointers.child(pointer, error.getProperty());
        }
        return new Violation(pointer, error.getKeyword(), error.getMessage());
    }

    private static String pointer(NodePath location) {
        return location == null ? "" : location.toString();
    }
}
