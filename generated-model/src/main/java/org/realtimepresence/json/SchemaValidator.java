package org.realtimepresence.json;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationLimitExceededException;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** One schema, loaded once from the classpath; thread-safe, so one instance serves every thread. */
final class SchemaValidator {

    private final Schema schema;
    private final ExecutionConfig executionConfig;

    /** Validates with an already compiled schema; its registry should come from {@link NetworkntConfiguration}. */
    SchemaValidator(Schema schema, CodecLimits limits) {
        this.schema = schema;
        this.schema.initializeValidators();
        this.executionConfig = NetworkntConfiguration.executionConfig(limits);
    }

    /** Loads and compiles the schema at a classpath resource, once. */
    static SchemaValidator forResource(String schemaResource, CodecLimits limits) {
        if (SchemaValidator.class.getClassLoader().getResource(schemaResource) == null) {
            throw new IllegalArgumentException("Schema resource not found on the classpath: " + schemaResource);
        }
        return new SchemaValidator(NetworkntConfiguration.registry()
                .getSchema(SchemaLocation.of(NetworkntConfiguration.classpathLocation(schemaResource))), limits);
    }

    List<SchemaViolation> validate(JsonNode tree) {
        List<Error> errors;
        try {
            errors = schema.validate(tree, context -> context.setExecutionConfig(executionConfig));
        } catch (ValidationLimitExceededException e) {
            return List.of(new SchemaViolation(pointer(e.getInstanceLocation()), SchemaViolation.LIMIT,
                    "Schema evaluation stopped: over its limit of " + e.getLimit() + " "
                            + e.getLimitKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        }
        List<SchemaViolation> violations = new ArrayList<>(errors.size());
        for (Error error : errors) {
            violations.add(toViolation(error));
        }
        return violations;
    }

    private static SchemaViolation toViolation(Error error) {
        String pointer = pointer(error.getInstanceLocation());
        // networknt reports an unexpected property at its object; point at the property itself.
        if ("additionalProperties".equals(error.getKeyword()) && error.getProperty() != null) {
            pointer = JsonPointers.child(pointer, error.getProperty());
        }
        return new SchemaViolation(pointer, error.getKeyword(), error.getMessage());
    }

    private static String pointer(NodePath location) {
        return location == null ? "" : location.toString();
    }
}
