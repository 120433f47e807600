package org.realtimepresence.runtime.internal.fastpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How many schemas of a corpus get a fast path, and what keeps it off for the others. Runs only on request, as
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
            files = listing.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> nextReasons = new TreeMap<>();
        int profiled = 0;
        for (Path file : files) {
            JsonNode schema = mapper.readTree(file.toFile());
            SchemaProfile profile = SchemaProfile.of(schema);
            if (profile.supported()) {
                profiled++;
                continue;
            }
            reasons.merge(what(profile), 1, Integer::sum);
            if (schema.isObject() && schema.has("$schema")) {
                // Diagnostic only: what would keep the fast path off if the dialect were accepted.
                SchemaProfile withoutDialect = SchemaProfile.of(((ObjectNode) schema.deepCopy()).without("$schema"));
                nextReasons.merge(withoutDialect.supported() ? "(none: fully profiled)" : what(withoutDialect), 1, Integer::sum);
            }
        }
        System.out.printf("CorpusProfileTest: %d of %d schemas in %s fully profiled%n", profiled, files.size(), schemas);
        print(reasons);
        System.out.println("  without their $schema, the first keyword outside the profile would be:");
        print(nextReasons);
        assertThat(files).as("schemas under %s", schemas).isNotEmpty();
    }

    /** "Fast path off: the keyword 'x' at /a/b": grouped by what, not where. */
    private static String what(SchemaProfile profile) {
        return profile.unsupportedReason().replaceFirst(" at [^ ]*$", "");
    }

    private static void print(Map<String, Integer> counts) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(reason -> System.out.printf("  %4d  %s%n", reason.getValue(), reason.getKey()));
    }
}
