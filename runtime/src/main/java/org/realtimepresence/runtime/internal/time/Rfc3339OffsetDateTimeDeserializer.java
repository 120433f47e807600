// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.time;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/** Binds {@code date-time} strings through {@link Rfc3339DateTimes}, so every form the schema accepts binds. */
public final class Rfc3339OffsetDateTimeDeserializer extends StdScalarDeserializer<OffsetDateTime> {

    public Rfc3339OffsetDateTimeDeserializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (OffsetDateTime) context.handleUnexpectedToken(OffsetDateTime.class, parser);
        }
        String text = parser.getString();
        try {
            return Rfc3339DateTimes.parse(text);
        } catch (DateTimeException e) {
            return (OffsetDateTime) context.handleWeirdStringValue(OffsetDateTime.class, text, e.getMessage());
        }
    }
}
