// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.InvalidDocumentException;
import org.realtimepresence.runtime.SchemaCodec;
import org.realtimepresence.runtime.Violation;

/** Input streams are read only up to the size limit, so an endless or huge stream cannot exhaust memory. */
class HostileStreamTest {

    /** An endless stream of spaces after an opening brace; counts what was pulled from it. */
    @SuppressWarnings("InputStreamSlowMultibyteRead") // byte by byte on purpose: it counts what was served
    private static final class EndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return ' ';
        }
    }

    @Test
    void anEndlessStreamIsCutOffAtTheLimit() {
        EndlessStream endless = new EndlessStream();
        InputStream input = new SequenceInputStream(
                new java.io.ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)), endless);

        InvalidDocumentException thrown =
                catchThrowableOfType(InvalidDocumentException.class, () -> RealtimePresenceJson.read(input));

        assertThat(thrown.violations())
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
        assertThat(endless.served)
                .isLessThanOrEqualTo(RealtimePresenceJson.codec().limits().maxDocumentBytes());
    }

    @Test
    void aMillionOpenBracketsIsALimitNotAStackOverflow() {
        String json =
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"data\":{\"x\":" + "[".repeat(1_000_000);
        SchemaCodec<RealtimePresence> roomy = RealtimePresenceJson.withLimits(
                RealtimePresenceJson.codec().limits().withMaxDocumentBytes(2 << 20));

        assertThat(roomy.validate(json))
                .singleElement()
                .extracting(Violation::keyword)
                .isEqualTo("limit");
    }
}
