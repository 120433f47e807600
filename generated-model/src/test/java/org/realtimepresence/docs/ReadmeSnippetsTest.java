// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.realtimepresence.fixtures.TaggedSnippets;
import org.realtimepresence.runtime.Violation;

/** The site's validating guide quotes the snippets of {@link ReadmeSnippets} verbatim, and each one works. */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "src", "site", "markdown", "validating.md");
    private static final Path SOURCE =
            Path.of("src", "test", "java", "org", "realtimepresence", "docs", "ReadmeSnippets.java");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ReadmeSnippets snippets = new ReadmeSnippets(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void theReadmeQuotesEverySnippetVerbatim() throws IOException {
        TaggedSnippets tagged = TaggedSnippets.in(SOURCE);

        assertThat(tagged.regions()).containsOnlyKeys("read", "validate", "write", "jsonLines", "limits");
        assertThat(tagged.notQuotedIn(README))
                .as("snippets of %s not quoted verbatim in %s", SOURCE, README)
                .isEmpty();
        assertThat(Files.readString(README)).startsWith("# Validating your records");
    }

    @Test
    void readPrintsTheRecordOrEveryViolation() {
        assertThat(snippets.read("{\"channel\":\"room-1\",\"clientId\":\"alice\",\"action\":\"enter\"}"))
                .isNotNull();
        assertThat(snippets.read("{\"channel\":5,\"action\":\"enter\"}")).isNull();

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("alice enter room-1")
                .contains(" [required] required property 'clientId' not found")
                .contains("/channel [type]");
    }

    @Test
    void validateReturnsEveryViolation() {
        assertThat(snippets.validate("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}"))
                .isEmpty();
        assertThat(snippets.validate(
                        "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"join\",\"occurredAt\":\"yesterday\"}"))
                .extracting(Violation::pointer)
                .containsExactly("/action", "/occurredAt");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("valid" + System.lineSeparator());
    }

    @Test
    void writeProducesTheJsonShownInTheComment() throws IOException {
        String json = snippets.write();
        assertThat(TaggedSnippets.in(SOURCE).region("write")).contains("// " + json);
    }

    @Test
    void jsonLinesCountsValidLinesAndReportsTheOthers() throws IOException {
        String input = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n\n{\"channel\":\"c\"}\n";
        assertThat(snippets.jsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("line 3: (root) [required]");
    }

    @Test
    void customLimitsApply() {
        String deep =
                "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"data\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}}";
        assertThat(snippets.customLimits(deep)).extracting(Violation::keyword).containsExactly("limit");
        assertThat(snippets.customLimits(deep.replace("{\"h\":{}}", "{}"))).isEmpty();
    }
}
