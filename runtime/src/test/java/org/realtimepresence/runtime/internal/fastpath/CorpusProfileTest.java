// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * How many schemas of a corpus are fully profiled, how many in part, and which keywords fall back. Runs only on request, as
 * tests never read outside the repository on their own:
 * {@code mvn -B -ntp -pl runtime -am verify -Dinvoker.skip -Dtest=CorpusProfileTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpresence.corpus=../shared/schemastore-dev} (a folder holding
 * {@code schemas/*.json}; relative to the runtime module when run through Maven).
 */
class CorpusProfileTest {

    @Test
    void reportsHowManyCorpusSchemasAreFullyProfiled() throws IOException {
        String corpus = System.getProperty("presence.corpus");
        assumeTrue(corpus != null, "set -Dpresence.corpus=DIR to profile a corpus of schemas");
        Path schemas = Path.of(corpus).resolve("schemas");
        JsonMapper mapper = JsonMapper.builder().build();
        List<Path> files;
        try (Stream<Path> listing = Files.list(schemas)) {
            files = listing.filter(file -> file.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> schemasByReason = new TreeMap<>();
        int full = 0;
        int partial = 0;
        for (Path file : files) {
            JsonNode schema = mapper.readTree(file.toFile());
            SchemaProfile profile = SchemaProfile.of(schema);
            if (profile.fullyProfiled()) {
                full++;
            } else if (profile.supported()) {
                partial++;
                Set<String> kinds = new TreeSet<>();
                for (String reason : profile.fallbacks()) {
                    String kind = reason.replaceFirst(" at (the root|[^ ]*)$", "");
                    reasons.merge(kind, 1, Integer::sum);
                    kinds.add(kind);
                }
                kinds.forEach(kind -> schemasByReason.merge(kind, 1, Integer::sum));
                System.out.printf(
                        "  partial  %s: %d opaque subschemas (%s)%n",
                        file.getFileName(), profile.fallbacks().size(), String.join("; ", kinds));
            } else {
                reasons.merge(what(profile), 1, Integer::sum);
                System.out.printf("  off      %s: %s%n", file.getFileName(), profile.unsupportedReason());
            }
        }
        System.out.printf(
                "CorpusProfileTest: of %d schemas in %s, %d fully profiled, %d partially (a subschema falls"
                        + " back), %d not at all%n",
                files.size(), schemas, full, partial, files.size() - full - partial);
        System.out.println("  opaque subschemas by reason:");
        print(reasons);
        System.out.println("  partially profiled schemas by reason:");
        print(schemasByReason);
        assertThat(files).as("schemas under %s", schemas).isNotEmpty();
    }

    /** "Fast path off: the keyword 'x' at /a/b": grouped by what, not where. */
    private static String what(SchemaProfile profile) {
        return profile.unsupportedReason().replaceFirst(" at (the root|[^ ]*)$", "");
    }

    private static void print(Map<String, Integer> counts) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(reason -> System.out.printf("  %4d  %s%n", reason.getValue(), reason.getKey()));
    }
}
