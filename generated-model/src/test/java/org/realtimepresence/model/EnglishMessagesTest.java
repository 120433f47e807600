// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.Violation;

/** Violation messages stay English when the JVM's default locale is German. */
class EnglishMessagesTest {

    private Locale original;

    @BeforeEach
    void switchToGerman() {
        original = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    @Test
    void schemaMessagesAreEnglishUnderAGermanDefaultLocale() {
        List<Violation> violations = RealtimePresenceJson.validate(
                "{\"channel\":5,\"action\":\"ENTER\",\"occurredAt\":\"gestern\",\"farbe\":\"rot\"}");

        assertThat(violations)
                .extracting(Violation::keyword)
                .containsExactly("required", "enum", "type", "additionalProperties", "format");
        // networknt ships German messages ("Pflichtfeld", "nicht definiert", ...): none may leak through.
        assertThat(violations).extracting(Violation::message).allSatisfy(message -> assertThat(message)
                .doesNotContain("Pflicht", "nicht", "wurde", "erwartet", "gefunden", "Eigenschaft"));
        assertThat(violations.get(0).message()).contains("required property 'clientId' not found");
        assertThat(violations.get(2).message()).contains("integer found, string expected");
    }

    @Test
    void syntaxAndLimitMessagesAreEnglishToo() {
        assertThat(RealtimePresenceJson.validate("{\"channel\":"))
                .singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Malformed JSON at line 1, column"));
        assertThat(RealtimePresenceJson.validate("")).singleElement().satisfies(v -> assertThat(v.message())
                .isEqualTo("Input is empty: expected a JSON document"));
    }
}
