// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model is generated code only: its codec comes from the plugin like its type, never from a hand-written class. */
class OnlyGeneratedCodeTest {

    @Test
    void theModuleHoldsNoHandWrittenClass() throws IOException {
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            assertThat(sources.filter(Files::isRegularFile)
                            .map(file -> file.getFileName().toString()))
                    .containsOnly("package-info.java");
        }
    }

    @Test
    void theCodecIsGeneratedBesideTheType() {
        assertThat(RealtimePresenceJson.class.getPackage()).isEqualTo(RealtimePresence.class.getPackage());
        assertThat(RealtimePresenceJson.codec().type()).isEqualTo(RealtimePresence.class);
        assertThat(Path.of(
                        "target",
                        "generated-sources",
                        "schema-codegen",
                        "org",
                        "realtimepresence",
                        "model",
                        "RealtimePresenceJson.java"))
                .content()
                .contains("@Generated(\"org.realtimepresence:schema-codegen-maven-plugin\")")
                .contains("DO NOT EDIT");
    }
}
