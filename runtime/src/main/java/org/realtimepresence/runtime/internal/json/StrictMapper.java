// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.json;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.internal.time.Rfc3339OffsetDateTimeDeserializer;
import org.realtimepresence.runtime.internal.time.Rfc3339OffsetDateTimeSerializer;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The one Jackson configuration the codec reads, binds and writes with. */
public final class StrictMapper {

    private StrictMapper() {}

    public static JsonMapper create(CodecLimits limits) {
        return create(StrictFactory.create(limits));
    }

    /** The mapper over {@code factory}, which must come from {@link StrictFactory#create}. */
    public static JsonMapper create(JsonFactory factory) {
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Decimals in free-form values keep every digit; integers already widen to BigInteger.
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new SimpleModule("rfc3339-date-time")
                        .addDeserializer(OffsetDateTime.class, new Rfc3339OffsetDateTimeDeserializer())
                        .addSerializer(OffsetDateTime.class, new Rfc3339OffsetDateTimeSerializer()))
                // Decimals are written so that they read back as the same BigDecimal (1E0 stays 1E0, not 1).
                .addModule(new SimpleModule("exact-decimals")
                        .addSerializer(BigDecimal.class, new ExactJson.DecimalSerializer()))
                .build();
    }
}
