// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.realtimepresence.examples.providers.AdapterContext;
import org.realtimepresence.examples.providers.Provider;
import org.realtimepresence.examples.providers.ProviderJson;
import org.realtimepresence.fixtures.TaggedSnippets;
import org.realtimepresence.model.RealtimePresence;
import tools.jackson.databind.JsonNode;

/** The "From Java" section of the site's {@code presence} tool guide quotes {@link #fromJava} verbatim, and it works. */
class FromJavaGuideSnippetTest {

    private static final Path GUIDE = Path.of("..", "..", "src", "site", "markdown", "presence-tool.md");
    private static final Path SOURCE = Path.of(
            "src", "test", "java", "org", "realtimepresence", "examples", "roster", "FromJavaGuideSnippetTest.java");

    static List<RealtimePresence> fromJava(String json, OffsetDateTime receivedAt) {
        // spotless:off
        // tag::fromJava[]
        JsonNode payload = ProviderJson.mapper().readTree(json);
        List<RealtimePresence> records = Provider.PUBNUB.normalize(payload, new AdapterContext(null, receivedAt));

        Roster roster = new Roster();
        records.forEach(roster::apply);        // each call returns the change it made, if any
        List<RealtimePresence> members = roster.snapshot();
        // end::fromJava[]
        // spotless:on
        return members;
    }

    @Test
    void theGuideQuotesTheSnippetVerbatim() throws IOException {
        TaggedSnippets tagged = TaggedSnippets.in(SOURCE);

        assertThat(tagged.regions()).containsOnlyKeys("fromJava");
        assertThat(tagged.notQuotedIn(GUIDE))
                .as("snippets of %s not quoted verbatim in %s", SOURCE, GUIDE)
                .isEmpty();
    }

    @Test
    void theSnippetFoldsTheSampleIntoItsRoster() throws IOException {
        String sample = Files.readString(Path.of("..", "samples", "pubnub-2.json"));

        List<RealtimePresence> members = fromJava(sample, null);

        assertThat(members).singleElement().satisfies(member -> {
            assertThat(member.channel()).isEqualTo("TestChannel");
            assertThat(member.action()).isEqualTo(RealtimePresence.Action.PRESENT);
        });
    }
}
