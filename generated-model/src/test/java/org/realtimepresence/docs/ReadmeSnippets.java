// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.realtimepresence.model.RealtimePresence;
import org.realtimepresence.model.RealtimePresenceJson;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.Decoded;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/**
 * The code of the site guide "Validating your records" ({@code src/site/markdown/validating.md}). Each region
 * between {@code tag::} and {@code end::} comments is quoted verbatim there; {@link ReadmeSnippetsTest} checks
 * the quotes and runs every method, so the guide cannot show code that does not compile or work.
 */
final class ReadmeSnippets {

    private final PrintStream out;

    ReadmeSnippets(PrintStream out) {
        this.out = out;
    }

    RealtimePresence read(String json) {
        // spotless:off
        // tag::read[]
        try {
            RealtimePresence presence = RealtimePresenceJson.read(json);
            out.println(presence.clientId() + " " + presence.action().value() + " " + presence.channel());
            return presence;
        } catch (InvalidDocumentException e) {
            for (Violation violation : e.violations()) {
                out.println(violation.pointer() + " [" + violation.keyword() + "] " + violation.message());
            }
            return null;
        }
        // end::read[]
        // spotless:on
    }

    List<Violation> validate(String json) {
        // spotless:off
        // tag::validate[]
        List<Violation> violations = RealtimePresenceJson.validate(json);
        if (violations.isEmpty()) {
            out.println("valid");
        }
        // end::validate[]
        // spotless:on
        return violations;
    }

    String write() {
        // spotless:off
        // tag::write[]
        RealtimePresence presence = RealtimePresence.builder()
                .channel("room-1")
                .clientId("alice")
                .action(RealtimePresence.Action.ENTER)
                .data(Map.of("status", "online"))
                .occurredAt(OffsetDateTime.parse("2024-05-01T10:00:00+02:00"))
                .build();
        String json = RealtimePresenceJson.write(presence);
        // {"channel":"room-1","clientId":"alice","action":"enter","data":{"status":"online"},"occurredAt":"2024-05-01T10:00:00+02:00"}
        // end::write[]
        // spotless:on
        return json;
    }

    long jsonLines(InputStream jsonLines) throws IOException {
        // spotless:off
        // tag::jsonLines[]
        long valid;
        try (jsonLines; Stream<Decoded<RealtimePresence>> lines = RealtimePresenceJson.lines(jsonLines)) {
            valid = lines
                    .peek(line -> line.violations().forEach(v -> out.println("line " + line.line() + ": " + v)))
                    .filter(Decoded::valid)
                    .count();
        }
        // end::jsonLines[]
        // spotless:on
        return valid;
    }

    List<Violation> customLimits(String json) {
        // spotless:off
        // tag::limits[]
        SchemaCodec<RealtimePresence> strict = RealtimePresenceJson.withLimits(CodecLimits.DEFAULTS
                .withMaxDocumentBytes(64 * 1024)
                .withMaxNestingDepth(9)
                .withMaxViolations(10));
        List<Violation> violations = strict.validate(json);
        // end::limits[]
        // spotless:on
        return violations;
    }
}
