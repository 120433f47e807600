// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.time;

import java.time.OffsetDateTime;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes an {@link OffsetDateTime} exactly as Jackson's default does (ISO-8601 with its own offset), through
 * {@link Rfc3339DateTimes#format} instead of a {@code DateTimeFormatter}, which costs more than the rest of a
 * presence record.
 */
public final class Rfc3339OffsetDateTimeSerializer extends StdSerializer<OffsetDateTime> {

    public Rfc3339OffsetDateTimeSerializer() {
        super(OffsetDateTime.class);
    }

    @Override
    public void serialize(OffsetDateTime value, JsonGenerator generator, SerializationContext context) {
        generator.writeString(Rfc3339DateTimes.format(value));
    }
}
