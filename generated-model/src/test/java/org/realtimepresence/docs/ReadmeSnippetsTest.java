package org.realtimepresence.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.Violation;

/** The site's validating guide quotes the snippets of {@link ReadmeSnippets} verbatim, and each one works. */
class ReadmeSnippetsTest {

    private static final Path README = Path.of("..", "src", "site", "markdown", "validating.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "org", "realtimepresence", "docs", "ReadmeSnippets.java");
    private static final Pattern TAGGED = Pattern.compile(
            "(?s)\\n([ \\t]*)// tag::(\\w+)\\[]\\n(.*?)\\n[ \\t]*// end::\\2\\[]");

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final ReadmeSnippets snippets = new ReadmeSnippets(new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void theReadmeQuotesEverySnippetVerbatim() throws IOException {
        Map<String, String> tagged = taggedRegions(Files.readString(SOURCE));
        String readme = Files.readString(README);

        assertThat(tagged).containsOnlyKeys("read", "validate", "write", "jsonLines", "limits");
        tagged.forEach((tag, code) -> assertThat(readme).as("snippet %s", tag).contains("```java\n" + code + "\n```"));
        assertThat(readme).startsWith("# Validating your records");
    }

    private static Map<String, String> taggedRegions(String source) {
        Map<String, String> regions = new LinkedHashMap<>();
        Matcher matcher = TAGGED.matcher(source);
        while (matcher.find()) {
            String indent = matcher.group(1);
            StringBuilder dedented = new StringBuilder();
            for (String line : matcher.group(3).split("\n", -1)) {
                dedented.append(dedented.length() == 0 ? "" : "\n").append(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            }
            regions.put(matcher.group(2), dedented.toString());
        }
        return regions;
    }

    @Test
    void readPrintsTheRecordOrEveryViolation() {
        assertThat(snippets.read("{\"channel\":\"room-1\",\"clientId\":\"alice\",\"action\":\"enter\"}")).isNotNull();
        assertThat(snippets.read("{\"channel\":5,\"action\":\"enter\"}")).isNull();

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("alice enter room-1")
                .contains(" [required] required property 'clientId' not found").contains("/channel [type]");
    }

    @Test
    void validateReturnsEveryViolation() {
        assertThat(snippets.validate("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}")).isEmpty();
        assertThat(snippets.validate("{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"join\",\"occurredAt\":\"yesterday\"}"))
                .extracting(Violation::pointer).containsExactly("/action", "/occurredAt");
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo("valid" + System.lineSeparator());
    }

    @Test
    void writeProducesTheJsonShownInTheComment() throws IOException {
        String json = snippets.write();
        assertThat(taggedRegions(Files.readString(SOURCE)).get("write")).contains("// " + json);
    }

    @Test
    void jsonLinesCountsValidLinesAndReportsTheOthers() throws IOException {
        String input = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}\n\n{\"channel\":\"c\"}\n";
        assertThat(snippets.jsonLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("line 3: (root) [required]");
    }

    @Test
    void customLimitsApply() {
        String deep = "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",\"data\":{\"a\":{\"b\":{\"c\":{\"d\":{\"e\":{\"f\":{\"g\":{\"h\":{}}}}}}}}}}";
        assertThat(snippets.customLimits(deep)).extracting(Violation::keyword).containsExactly("limit");
        assertThat(snippets.customLimits(deep.replace("{\"h\":{}}", "{}"))).isEmpty();
    }
}
