// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.kafka.Presence.enter;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.TaggedSnippets;
import org.realtimepresence.runtime.InvalidDocumentException;

/** The site's Kafka Streams guide quotes {@link KafkaReadmeSnippets} verbatim, and the code works. */
class KafkaReadmeSnippetsTest {

    private static final Path README = Path.of("..", "..", "src", "site", "markdown", "kafka.md");
    private static final Path SOURCE =
            Path.of("src", "test", "java", "org", "realtimepresence", "examples", "kafka", "KafkaReadmeSnippets.java");

    @Test
    void theReadmeQuotesTheSerdeSnippetVerbatim() throws IOException {
        TaggedSnippets tagged = TaggedSnippets.in(SOURCE);

        assertThat(tagged.regions()).containsOnlyKeys("serde");
        assertThat(tagged.notQuotedIn(README))
                .as("snippets of %s not quoted verbatim in %s", SOURCE, README)
                .isEmpty();
    }

    @Test
    void theSerdeSnippetRoundTripsAValidRecordAndRefusesAnInvalidOne() {
        KafkaReadmeSnippets snippets = new KafkaReadmeSnippets();

        assertThat(snippets.serde(enter("room", "ann", "c1", 1), new StreamsBuilder()))
                .isNotNull();
        assertThatThrownBy(() -> snippets.serde(enter("room", "\ud800", "c1", 1), new StreamsBuilder()))
                .isInstanceOf(InvalidDocumentException.class);
    }
}
