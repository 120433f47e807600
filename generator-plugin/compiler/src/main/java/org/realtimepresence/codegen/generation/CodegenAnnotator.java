// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.codemodel.JClass;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JFieldVar;
import com.sun.codemodel.JType;
import java.time.OffsetDateTime;
import java.util.Set;
import org.jsonschema2pojo.AbstractAnnotator;

/**
 * Annotations jsonschema2pojo's Jackson 3 style does not add.
 *
 * <p>Jackson shifts an {@link OffsetDateTime} to UTC when reading unless told otherwise, which
 * would turn {@code +02:00} into {@code Z}, and Jackson 2 writes it as a number unless told
 * otherwise. The annotation sits on the generated field, so any plain mapper, of either Jackson
 * major version, keeps the offset and writes the RFC 3339 text the schema requires.
 */
final class CodegenAnnotator extends AbstractAnnotator {

    private static final Set<String> OFFSET_TYPES = Set.of(OffsetDateTime.class.getName());

    private final RootTypes rootTypes;

    CodegenAnnotator(RootTypes rootTypes) {
        this.rootTypes = rootTypes;
    }

    @Override
    public void typeInfo(JDefinedClass clazz, JsonNode schema) {
        // jsonschema2pojo calls this as each class is created, so the constant comes first.
        rootTypes.claim(clazz);
    }

    /**
     * Every field whose type is, or holds, an {@code OffsetDateTime} keeps its offset when read. That
     * reaches array items too; Jackson does not apply it to map values, which still shift to UTC
     * (the instant is kept).
     */
    @Override
    public void propertyField(JFieldVar field, JDefinedClass clazz, String propertyName, JsonNode propertyNode) {
        if (holdsOffsetTime(field.type())) {
            field.annotate(JsonFormat.class)
                    .param("shape", JsonFormat.Shape.STRING)
                    .paramArray("without")
                    .param(JsonFormat.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
        }
    }

    private static boolean holdsOffsetTime(JType type) {
        if (OFFSET_TYPES.contains(type.erasure().fullName())) {
            return true;
        }
        return type instanceof JClass jclass
                && jclass.getTypeParameters().stream().anyMatch(CodegenAnnotator::holdsOffsetTime);
    }
}
