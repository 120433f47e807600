// SPDX-License-Identifier: Apache-2.0
package org.example.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.Map;
import org.example.it.nested.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The generated types used as an application would: a plain Jackson 3 mapper, the packaged schema. */
class VisitRoundTripTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void roundTripKeepsEveryValueAndTheOffset() {
        String json = "{\"room\":\"r1\",\"kind\":\"walk-in\",\"at\":\"2025-03-01T08:00:00+09:00\","
                + "\"extra\":{\"a\":[1,{\"b\":true}]},\"tag\":{\"label\":\"vip\"}}";

        Visit visit = mapper.readValue(json, Visit.class);

        assertEquals(Visit.Kind.WALK_IN, visit.kind());
        assertEquals("+09:00", visit.at().getOffset().getId());
        assertEquals(Map.of("a", java.util.List.of(1, Map.of("b", true))), visit.extra());
        assertEquals(Tag.builder().label("vip").build(), visit.tag());
        assertEquals(json, mapper.writeValueAsString(visit));
    }

    @Test
    void unknownPropertyIsRejected() {
        JacksonException e = assertThrows(
                JacksonException.class,
                () -> mapper.readValue("{\"room\":\"r1\",\"kind\":\"booked\",\"floor\":2}", Visit.class));
        assertTrue(e.getMessage().contains("Unrecognized property \"floor\""), e.getMessage());
    }

    @Test
    void packagedSchemaIsOnTheClasspath() throws Exception {
        assertEquals("org/example/it/visit.json", Visit.SCHEMA_RESOURCE);
        try (InputStream in = Visit.class.getClassLoader().getResourceAsStream(Visit.SCHEMA_RESOURCE)) {
            assertNotNull(in);
            assertTrue(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("\"walk-in\""));
        }
    }
}
