// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The message text of schema values is Jackson's own, whether or not Jackson writes it. */
class MessagesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void textArgumentsAreFormattedAsMessageFormatFormatsThem() throws IllegalAccessException {
        List<String> arguments = List.of("name", "it's", "{0}", "[string, null]", "a''b", "");
        int templates = 0;
        for (Field field : Messages.class.getDeclaredFields()) {
            if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String template = (String) field.get(null);
            templates++;
            for (String first : arguments) {
                for (String second : arguments) {
                    Object[] texts = {first, second};
                    assertThat(Messages.format(template, texts))
                            .as(template)
                            .isEqualTo(new MessageFormat(template, Locale.ENGLISH).format(texts));
                }
            }
        }
        assertThat(templates).isGreaterThan(15);
    }

    @Test
    void schemaValuesReadAsJacksonWritesThem() {
        JsonNode values = MAPPER.readTree("[\"enter\", \"\", \"caf\\u00e9\", \"a\\\"b\", \"back\\\\slash\", \"tab\\t\","
                + " \"\\u0001\", \"\\ud83d\\ude00\", \"\\ud800\", \"\\u007f\", null, true, false, 0, -7, 12345678901,"
                + " 123456789012345678901234567890, 1.5, 1E300, -0.0, [1, \"x\"], {\"a\": null}]");

        for (JsonNode value : values) {
            assertThat(Messages.json(value)).as(value.toString()).isEqualTo(value.toString());
            // What a const message showed before Messages.json: Jackson's asString with its text as the default.
            String constText = value.isContainer() || value.isNull() ? Messages.json(value) : value.asString();
            assertThat(constText).as(value.toString()).isEqualTo(value.asString(value.toString()));
        }
    }
}
