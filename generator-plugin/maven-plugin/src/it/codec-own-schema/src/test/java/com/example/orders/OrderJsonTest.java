// SPDX-License-Identifier: Apache-2.0
package com.example.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/**
 * The site guide "Validating your records", run against types generated from this project's own schema. Each region
 * between {@code tag::} and {@code end::} is quoted verbatim in that guide; verify.groovy checks the quotes.
 */
class OrderJsonTest {

    static final String VALID = "{\"id\":\"6f1c2a34-9d7e-4b1a-8c55-0e4f3b2a1d90\",\"status\":\"paid\","
            + "\"placedAt\":\"2024-05-01T10:00:00+02:00\",\"customer\":{\"email\":\"ann@example.com\",\"name\":\"Ann\"},"
            + "\"lines\":[{\"sku\":\"ABC-0001\",\"quantity\":2}]}";

    static final String INVALID = "{\"id\":\"42\",\"status\":\"paid\",\"placedAt\":\"2024-05-01T10:00:00Z\","
            + "\"customer\":{\"email\":\"ann@example.com\"},\"lines\":[{\"sku\":\"abc\",\"quantity\":0}]}";

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @Test
    void readsAValidDocumentIntoTheGeneratedType() {
        String json = VALID;
        // spotless:off
        // tag::read[]
        Order order = OrderJson.read(json); // throws InvalidDocumentException unless valid
        String email = order.customer().email();
        OrderLine first = order.lines().get(0);
        // end::read[]
        // spotless:on
        assertEquals("ann@example.com", email);
        assertEquals("ABC-0001", first.sku());
        assertEquals(UUID.fromString("6f1c2a34-9d7e-4b1a-8c55-0e4f3b2a1d90"), order.id());
        assertEquals(Order.Status.PAID, order.status());
        assertEquals(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"), order.placedAt());
    }

    @Test
    void rejectsAnInvalidDocumentWithEveryPointerAndKeyword() {
        String json = INVALID;
        // spotless:off
        // tag::reject[]
        try {
            OrderJson.read(json);
        } catch (InvalidDocumentException e) {
            for (Violation violation : e.violations()) {
                // for example: /lines/0/quantity [minimum] must have a minimum value of 1
                out.println(violation.pointer() + " [" + violation.keyword() + "] " + violation.message());
            }
        }
        // end::reject[]
        // spotless:on
        assertEquals(
                List.of("/id [format]", "/lines/0/quantity [minimum]", "/lines/0/sku [pattern]"),
                printed().stream()
                        .map(line -> line.substring(0, line.indexOf(']') + 1))
                        .toList());
        assertTrue(printed().get(1).contains("minimum value of 1"), printed().get(1));
        assertThrows(InvalidDocumentException.class, () -> OrderJson.read(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void validatesWithoutThrowing() {
        String json = INVALID;
        // spotless:off
        // tag::validate[]
        List<Violation> violations = OrderJson.validate(json);
        if (!violations.isEmpty()) {
            out.println("rejected: " + violations.get(0));
        }
        // end::validate[]
        // spotless:on
        assertTrue(
                printed().get(0).startsWith("rejected: /id [format] "),
                printed().get(0));
    }

    @Test
    void writesBackWhatItRead() {
        // spotless:off
        // tag::write[]
        Order order = OrderJson.read(VALID).toBuilder().status(Order.Status.SHIPPED).build();
        String json = OrderJson.write(order); // throws InvalidDocumentException rather than write an invalid order
        // end::write[]
        // spotless:on
        assertEquals(VALID.replace("\"paid\"", "\"shipped\""), json);
        Order invalid = order.toBuilder()
                .lines(List.of(order.lines().get(0).toBuilder().quantity(0L).build()))
                .build();
        assertEquals("/lines/0/quantity", OrderJson.validate(invalid).get(0).pointer());
        assertThrows(InvalidDocumentException.class, () -> OrderJson.write(invalid));
    }

    @Test
    void readsManyRecordsAndReportsTheBadOnesByLine() throws IOException {
        InputStream in = new ByteArrayInputStream(
                (VALID + "\n" + INVALID + "\n{oops\n" + VALID + "\n").getBytes(StandardCharsets.UTF_8));
        // spotless:off
        // tag::lines[]
        try (in; Stream<Decoded<Order>> records = OrderJson.lines(in)) {
            records.forEach(record -> record.value().ifPresentOrElse(
                    order -> out.println("line " + record.line() + ": " + order.id()),
                    () -> out.println("line " + record.line() + ": " + record.violations())));
        }
        // end::lines[]
        // spotless:on
        assertEquals(4, printed().size());
        assertTrue(printed().get(0).startsWith("line 1: 6f1c2a34-"), printed().get(0));
        assertTrue(
                printed().get(1).startsWith("line 2: [/id [format]"), printed().get(1));
        assertTrue(
                printed().get(2).startsWith("line 3: [(root) [syntax]"),
                printed().get(2));
        assertTrue(printed().get(3).startsWith("line 4: "), printed().get(3));
    }

    @Test
    void otherLimitsComeFromACodecBuiltOnce() {
        // spotless:off
        // tag::limits[]
        SchemaCodec<Order> small = OrderJson.withLimits(CodecLimits.DEFAULTS.withMaxDocumentBytes(64 * 1024));
        Order order = small.read(VALID);
        // end::limits[]
        // spotless:on
        assertEquals(order, OrderJson.read(VALID));
        assertFalse(OrderJson.withLimits(CodecLimits.DEFAULTS.withMaxDocumentBytes(16))
                .validate(VALID)
                .isEmpty());
        assertEquals(Order.class, OrderJson.codec().type());
    }

    /** What the snippets printed, line by line. */
    private List<String> printed() {
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }
}
