package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import java.time.OffsetDateTime;
import org.jsonschema2pojo.AbstractAnnotator;

/**
 * Annotations jsonschema2pojo's Jackson 3 style does not add.
 *
 * <p>Jackson shifts an {@link OffsetDateTime} to UTC when reading unless told otherwise, which
 * would turn {@code +02:00} into {@code Z}. The annotation sits on the generated field, so any plain
 * mapper keeps the offset, not only ours.
 */
final class CodegenAnnotator extends AbstractAnnotator {

    private final RootTypes rootTypes;

    CodegenAnnotator(RootTypes rootTypes) {
        this.rootTypes = rootTypes;
    }

    @Override
    public void typeInfo(JDefinedClass clazz, JsonNode schema) {
        // jsonschema2pojo calls this as each class is created, so the constant comes first.
        rootTypes.claim(clazz);
    }

    @Override
    public void dateTimeField(JFieldVar field, JDefinedClass clazz, JsonNode propertyNode) {
        if (field.type().fullName().equals(OffsetDateTime.class.getName())) {
            field.annotate(JsonFormat.class)
                    .paramArray("without")
                    .param(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        }
    }
}
