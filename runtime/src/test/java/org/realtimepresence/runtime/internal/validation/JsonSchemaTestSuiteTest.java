// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.CodecLimits;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the vendored JSON-Schema-Test-Suite (draft 2020-12, plus {@code optional/format/date-time.json}) through
 * the codec's own networknt configuration and {@link SchemaValidator}: classpath-only loading, asserted
 * {@code format}, English messages and the default evaluation limits.
 */
class JsonSchemaTestSuiteTest {

    private static final String SUITE = "json-schema-test-suite";
    private static final String TESTS = SUITE + "/tests/draft2020-12";
    /** The suite's remote schemas, served from the classpath: nothing is fetched over the network. */
    private static final Map<String, String> REMOTES =
            Map.of("http://localhost:1234/", NetworkntConfiguration.classpathLocation(SUITE + "/remotes/"));

    /** Passing tests; a change means networknt or our configuration changed behaviour. */
    private static final int EXPECTED_PASSES = 1313;

    private final JsonMapper mapper = StrictMapper.create(CodecLimits.DEFAULTS);

    @Test
    void passesEveryTestExceptTheListedKnownFailures() throws IOException, URISyntaxException {
        List<Path> files = suiteFiles();
        assertThat(files).hasSize(47).anyMatch(f -> f.endsWith(Path.of("optional", "format", "date-time.json")));
        Path root = files.get(0).getParent();
        while (!root.endsWith("draft2020-12")) {
            root = root.getParent();
        }
        int passed = 0;
        TreeSet<String> failed = new TreeSet<>();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            JsonNode groups = mapper.readTree(Files.readString(file, StandardCharsets.UTF_8));
            for (JsonNode group : groups) {
                String groupName = group.get("description").asString();
                SchemaValidator validator = compile(name, group.get("schema"));
                for (JsonNode test : group.get("tests")) {
                    boolean expected = test.get("valid").asBoolean();
                    boolean actual = validator.validate(test.get("data")).isEmpty();
                    if (actual == expected) {
                        passed++;
                    } else {
                        failed.add(name + " | " + groupName + " | "
                                + test.get("description").asString());
                    }
                }
            }
        }
        assertThat(failed)
                .as("failing tests")
                .containsExactlyElementsOf(knownFailures().keySet());
        assertThat(passed).as("passing tests").isEqualTo(EXPECTED_PASSES);
    }

    private static SchemaValidator compile(String file, JsonNode schemaNode) {
        // A fresh registry per schema, so one case's $id never shadows another's.
        SchemaRegistry registry =
                NetworkntConfiguration.registry(JsonSchemaTestSuiteTest.class.getClassLoader(), REMOTES);
        Schema schema = registry.getSchema(
                SchemaLocation.of(NetworkntConfiguration.classpathLocation(TESTS + "/" + file)), schemaNode);
        return new SchemaValidator(schema, CodecLimits.DEFAULTS);
    }

    private static List<Path> suiteFiles() throws IOException, URISyntaxException {
        Path dir = Path.of(JsonSchemaTestSuiteTest.class
                .getClassLoader()
                .getResource(TESTS)
                .toURI());
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** {@code file | group | test} mapped to why it fails, from {@code known-failures.txt}. */
    private static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new TreeMap<>();
        try (InputStream in =
                JsonSchemaTestSuiteTest.class.getClassLoader().getResourceAsStream(SUITE + "/known-failures.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int reason = line.lastIndexOf(" | ");
                known.put(line.substring(0, reason), line.substring(reason + 3));
            }
        }
        return known;
    }

    @Test
    void everyKnownFailureHasAReason() throws IOException {
        List<String> withoutReason = new ArrayList<>();
        knownFailures().forEach((test, reason) -> {
            if (reason.isBlank()) {
                withoutReason.add(test);
            }
        });
        assertThat(withoutReason).isEmpty();
    }
}
