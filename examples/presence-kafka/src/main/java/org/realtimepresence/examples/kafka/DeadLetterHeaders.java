// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.json.JsonMapper;

/**
 * The headers a dead letter carries besides the original ones: where the record was read and why it was
 * refused. Every value is UTF-8 text.
 */
public final class DeadLetterHeaders {

    /** The topic the record was read from. */
    public static final String TOPIC = "presence.dead-letter.topic";
    /** Its partition, in decimal. */
    public static final String PARTITION = "presence.dead-letter.partition";
    /** Its offset, in decimal. */
    public static final String OFFSET = "presence.dead-letter.offset";
    /** A JSON array of {@code {"pointer", "keyword", "message"}} objects, the codec's violations. */
    public static final String VIOLATIONS = "presence.dead-letter.violations";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DeadLetterHeaders() {}

    /** The record's own headers followed by the four dead-letter headers. */
    static Headers of(ConsumerRecord<byte[], byte[]> record, List<Violation> violations) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        headers.add(TOPIC, utf8(record.topic()));
        headers.add(PARTITION, utf8(Integer.toString(record.partition())));
        headers.add(OFFSET, utf8(Long.toString(record.offset())));
        headers.add(
                VIOLATIONS,
                JSON.writeValueAsBytes(
                        violations.stream().map(DeadLetterHeaders::asMap).toList()));
        return headers;
    }

    private static Map<String, String> asMap(Violation violation) {
        Map<String, String> json = new LinkedHashMap<>();
        json.put("pointer", violation.pointer());
        json.put("keyword", violation.keyword());
        json.put("message", violation.message());
        return json;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
