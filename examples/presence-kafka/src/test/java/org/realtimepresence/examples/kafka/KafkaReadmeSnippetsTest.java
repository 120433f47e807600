package org.realtimepresence.examples.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.realtimepresence.examples.kafka.Presence.enter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.streams.StreamsBuilder;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.InvalidDocumentException;

/** The Kafka Streams section of the README quotes {@link KafkaReadmeSnippets} verbatim, and the code works. */
class KafkaReadmeSnippetsTest {

    private static final Path README = Path.of("..", "..", "README.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "org", "realtimepresence", "examples",
            "kafka", "KafkaReadmeSnippets.java");
    private static final Pattern SERDE = Pattern.compile("(?s)\\n// tag::serde\\[]\\n(.*?)\\n// end::serde\\[]");

    @Test
    void theReadmeQuotesTheSerdeSnippetVerbatim() throws IOException {
        String source = Files.readString(SOURCE).replace("\n        ", "\n");
        Matcher serde = SERDE.matcher(source);
        assertThat(serde.find()).as("a serde region in %s", SOURCE).isTrue();

        assertThat(Files.readString(README)).contains("```java\n" + serde.group(1) + "\n```");
    }

    @Test
    void theSerdeSnippetRoundTripsAValidRecordAndRefusesAnInvalidOne() {
        KafkaReadmeSnippets snippets = new KafkaReadmeSnippets();

        assertThat(snippets.serde(enter("room", "ann", "c1", 1), new StreamsBuilder())).isNotNull();
        assertThatThrownBy(() -> snippets.serde(enter("room", "\ud800", "c1", 1), new StreamsBuilder()))
                .isInstanceOf(InvalidDocumentException.class);
    }
}
