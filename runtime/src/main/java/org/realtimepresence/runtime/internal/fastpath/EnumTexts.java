// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import org.realtimepresence.runtime.internal.json.ExactJson;
import org.realtimepresence.runtime.internal.json.Utf8;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the codec's mapper writes for each constant of an enum, asked of the mapper once, so {@link ValidatedWriter}
 * writes a constant exactly as Jackson does ({@code @JsonValue} included) and checks the string a reader will see.
 */
final class EnumTexts {

    /** A constant's string value, and its JSON text with that text's UTF-8 size. */
    record Text(String value, String json, long bytes) {}

    private final Text[] texts;

    private EnumTexts(Text[] texts) {
        this.texts = texts;
    }

    /** The texts of {@code type}'s constants, or null when one of them is not written as a plain string. */
    static EnumTexts of(Class<?> type, JsonMapper mapper) {
        Object[] constants = type.getEnumConstants();
        Text[] texts = new Text[constants.length];
        try {
            for (int i = 0; i < constants.length; i++) {
                String json = mapper.writeValueAsString(constants[i]);
                JsonNode node = mapper.readTree(json);
                if (!node.isString() || ExactJson.loneSurrogate(node.stringValue()) >= 0) {
                    return null;
                }
                texts[i] = new Text(node.stringValue(), json, Utf8.length(json));
            }
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
        return new EnumTexts(texts);
    }

    @SuppressWarnings("EnumOrdinal") // the texts are indexed as getEnumConstants() lists them: by ordinal
    Text of(Enum<?> constant) {
        return texts[constant.ordinal()];
    }
}
