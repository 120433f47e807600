// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The README's schema-evolution workflow, on a copy of this repository, with real Maven builds of
 * the modules it needs ({@code -pl generated-model -am}, the plugin's invoker ITs skipped):
 * <ol>
 *   <li>add an optional property to {@code schemas/realtime-presence.json} and run {@code verify}:
 *       every test passes, and the build fails only in {@code check-compatibility}, naming the
 *       property in its INCOMPATIBLE lines (the schema is closed, so old readers would reject it);
 *   <li>accept the change by copying the schema over {@code schemas/baseline/}, and run
 *       {@code verify} again: it passes, and the generated type has the new accessor.
 * </ol>
 * The second build skips the tests: the first already ran them all on the same schema, and the
 * baseline is read only by the check.
 *
 * <p>Failsafe runs it after the plugin is packaged; {@code -Dinvoker.skip} skips it with the other
 * ITs. The builds and their logs are kept under {@code target/workflow-it}.
 */
class RegenerateOnSchemaChangeIT {

    private static final Path REPOSITORY = Path.of(System.getProperty("workflow.repository", "../.."));
    private static final Path WORK = Path.of(System.getProperty("workflow.work", "target/workflow-it"));
    private static final Path EDITED_LOG = WORK.resolve("edited-schema.log");
    private static final Path ACCEPTED_LOG = WORK.resolve("accepted-baseline.log");
    /**
     * The model and the modules it needs, without the invoker ITs, the javadoc and sources jars, and
     * with small samples in the seeded tests: every test runs, at a fraction of the outer build's cost.
     */
    private static final List<String> MODEL_AND_WHAT_IT_NEEDS = List.of(
            "-pl",
            "generated-model",
            "-am",
            "verify",
            "-Dinvoker.skip",
            "-Dmaven.javadoc.skip",
            "-Dmaven.source.skip",
            "-Dpresence.differential.inputs=2000",
            "-Dcompat.pairs=300");

    private static final Pattern TEST_TOTALS =
            Pattern.compile("\\[\\w+] Tests run: \\d+, Failures: \\d+, Errors: \\d+, Skipped: \\d+");
    /** A record component {@code String region} (the default RECORD style), or a bean's getter. */
    private static final Pattern ACCESSOR = Pattern.compile(
            "@JsonProperty\\(\"region\"\\)\\s+String\\s+region\\s*[,)]|public\\s+String\\s+getRegion\\s*\\(\\s*\\)");

    @Test
    void anAddedOptionalPropertyFailsOnlyTheCompatibilityCheckUntilTheBaselineAcceptsIt() throws Exception {
        // A log left by an earlier run would pass for this run's if a build below never started.
        Files.deleteIfExists(EDITED_LOG);
        Files.deleteIfExists(ACCEPTED_LOG);
        Path copy = RepositoryCopy.of(REPOSITORY.toRealPath(), WORK.resolve("repository"));
        Path schema = copy.resolve("schemas/realtime-presence.json");
        addOptionalProperty(schema, "region");

        MavenBuild edited = MavenBuild.run(copy, EDITED_LOG, MODEL_AND_WHAT_IT_NEEDS);

        assertThat(edited.exitCode()).as(edited.describe()).isNotZero();
        assertThat(edited.linesWith("[ERROR] Failed to execute goal"))
                .as(edited.describe())
                .singleElement()
                .asString()
                .contains(":check-compatibility ", "on project realtime-presence-model");
        assertThat(edited.linesWith("INCOMPATIBLE realtime-presence.json#/properties/region"))
                .as(edited.describe())
                .isNotEmpty();
        assertEveryTestPassed(edited);

        Files.copy(
                schema, copy.resolve("schemas/baseline/realtime-presence.json"), StandardCopyOption.REPLACE_EXISTING);
        List<String> again = new ArrayList<>(MODEL_AND_WHAT_IT_NEEDS);
        again.add("-DskipTests");
        MavenBuild accepted = MavenBuild.run(copy, ACCEPTED_LOG, again);

        assertThat(accepted.exitCode()).as(accepted.describe()).isZero();
        assertThat(accepted.log()).as(accepted.describe()).contains("BUILD SUCCESS");
        String generated = Files.readString(copy.resolve("generated-model/target/generated-sources/schema-codegen"
                + "/org/realtimepresence/model/RealtimePresence.java"));
        assertThat(ACCESSOR.matcher(generated).find())
                .as("an accessor for region in the generated type")
                .isTrue();
    }

    /** Adds {@code {"type": "string"}} under {@code name} to the schema's top-level properties. */
    private static void addOptionalProperty(Path schema, String name) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) mapper.readTree(schema.toFile());
        ((ObjectNode) root.get("properties"))
                .putObject(name)
                .put("type", "string")
                .put("description", "Region of the edge that saw the event (added by RegenerateOnSchemaChangeIT).");
        mapper.writerWithDefaultPrettyPrinter().writeValue(schema.toFile(), root);
    }

    /** Surefire ran in every module it reached, and reported no failure and no error. */
    private static void assertEveryTestPassed(MavenBuild build) {
        List<String> totals = build.log()
                .lines()
                .filter(line -> TEST_TOTALS.matcher(line).matches())
                .toList();
        assertThat(totals)
                .as("surefire totals in " + build.logFile())
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(line -> assertThat(line).contains("Failures: 0, Errors: 0"));
        assertThat(build.log()).as(build.describe()).doesNotContain("There are test failures", "<<< FAILURE!");
    }
}
