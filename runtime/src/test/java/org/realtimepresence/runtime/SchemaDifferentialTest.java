// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.realtimepresence.runtime.internal.fastpath.FastPath;
import org.realtimepresence.runtime.internal.fastpath.SchemaProfile;
import org.realtimepresence.runtime.internal.json.StrictMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fast path against the full networknt evaluation on third-party schemas, each under the draft it declares:
 * for seeded valid and mutated instances of each schema, a codec with the fast path and one that always takes the
 * full evaluation must agree on every verdict, bound value, violation list (text and bytes), validated value and
 * written text. A quarter of the instances go through codecs whose evaluation limits are as small as the fast
 * path allows, so that limit verdicts are compared too. The fast path's byte scanner is also asked on its own,
 * on the bytes alone and on the same bytes in the middle of a larger buffer: it may prove an instance valid only
 * when the full evaluation finds it valid, and it must say the same in both places.
 *
 * <p>In {@code mvn verify} it runs over the schemas vendored in {@code src/test/resources/schemastore}. The whole
 * development corpus runs on request:
 * {@code mvn -B -ntp -pl runtime -am verify -Dinvoker.skip -Dtest=SchemaDifferentialTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpresence.corpus=$PWD/../shared/schemastore-dev
 * [-Dpresence.differential.seed=N] [-Dpresence.differential.instances=N]}.
 */
class SchemaDifferentialTest {

    private static final long DEFAULT_SEED = 20261201L;
    private static final int VALID = 0;
    private static final int PROVEN = 1;
    private static final int REPORTED = 2;
    /** Valid instances the byte scanner was asked about, and those it proved valid. */
    private static final int SCANNABLE = 3;

    private static final int SCANNED = 4;
    /** Instances whose violations the byte scanner reported itself. */
    private static final int SCANNER_REPORTED = 5;

    private static final String VENDORED = "schemastore";
    private static final List<String> VENDORED_SCHEMAS = List.of(
            "agripparc-1.2.json",
            "algovoi-compliance-receipt-v1.json",
            "avro-avsc.json",
            "fabric.mod.json",
            "github-issue-config.json",
            "jsinspectrc.json",
            "minecraft-loot-table.json",
            "sourcehut-build-0.41.2.json",
            "tldr.json",
            "vim-addon-info.json");

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void theFastPathAgreesWithTheFullEvaluationOnRealSchemas() throws IOException {
        long seed = Long.getLong("presence.differential.seed", DEFAULT_SEED);
        int instances = Integer.getInteger("presence.differential.instances", 400);
        String corpus = System.getProperty("presence.corpus");
        System.out.printf(
                "SchemaDifferentialTest: seed %d, %d valid and %d mutated instances per schema; rerun with"
                        + " -Dtest=SchemaDifferentialTest -Dpresence.differential.seed=%d%n",
                seed, instances, instances, seed);
        List<String> resources = corpus == null ? vendored() : copied(Path.of(corpus));
        List<String> disagreements = new ArrayList<>();
        int full = 0;
        int partial = 0;
        int proven = 0;
        int reported = 0;
        int scannable = 0;
        int scanned = 0;
        int scannerReported = 0;
        for (String resource : resources) {
            JsonNode schema = read(resource);
            SchemaProfile profile = SchemaProfile.of(schema);
            full += profile.fullyProfiled() ? 1 : 0;
            partial += profile.supported() && !profile.fullyProfiled() ? 1 : 0;
            int before = disagreements.size();
            int[] counts = new int[6];
            try {
                compare(resource, schema, profile, seed ^ resource.hashCode(), instances, disagreements, counts);
            } catch (Uncompiled e) {
                // a schema networknt itself cannot compile or load (another host): both codecs refuse it alike
                System.out.printf("  %-55s not compiled by networknt: %s%n", resource, e.getMessage());
                continue;
            }
            System.out.printf(
                    "  %-55s %-9s %4d valid of %d (fast path: %d proven, %d reported), %d disagreements%n",
                    resource,
                    profile.fullyProfiled() ? "full" : profile.supported() ? "partial" : "off",
                    counts[VALID],
                    2 * instances,
                    counts[PROVEN],
                    counts[REPORTED],
                    disagreements.size() - before);
            proven += counts[PROVEN];
            reported += counts[REPORTED];
            scannable += counts[SCANNABLE];
            scanned += counts[SCANNED];
            scannerReported += counts[SCANNER_REPORTED];
        }
        System.out.printf(
                "SchemaDifferentialTest: %d schemas (%d fully profiled, %d partially), the fast path proved %d"
                        + " instances valid and reported the violations of %d itself, %d disagreements%n",
                resources.size(), full, partial, proven, reported, disagreements.size());
        System.out.printf(
                "SchemaDifferentialTest: the byte scanner proved %d of %d valid instances and reported the"
                        + " violations of %d invalid ones itself%n",
                scanned, scannable, scannerReported);
        assertThat(disagreements)
                .as("rerun with -Dpresence.differential.seed=%d", seed)
                .isEmpty();
        assertThat(scanned).as("the byte scanner proves most valid instances").isGreaterThan(scannable / 2);
    }

    private void compare(
            String resource,
            JsonNode schema,
            SchemaProfile profile,
            long seed,
            int instances,
            List<String> disagreements,
            int[] counts) {
        CodecLimits small = CodecLimits.DEFAULTS
                .withMaxEvaluationSteps(Math.max(profile.minimumEvaluationSteps(), 64))
                .withMaxEvaluationDepth(Math.max(profile.minimumEvaluationDepth(), 16));
        List<SchemaCodec<JsonNode>> fast;
        List<SchemaCodec<JsonNode>> reference;
        try {
            reference = List.of(
                    SchemaCodec.withFullEvaluation(JsonNode.class, resource, CodecLimits.DEFAULTS),
                    SchemaCodec.withFullEvaluation(JsonNode.class, resource, small));
        } catch (RuntimeException e) {
            throw new Uncompiled(e);
        }
        fast = List.of(
                SchemaCodec.of(JsonNode.class, resource, CodecLimits.DEFAULTS),
                SchemaCodec.of(JsonNode.class, resource, small));
        // the fast path alone, to count what it decides without the full evaluation
        FastPath<JsonNode> direct = profile.supported()
                ? FastPath.of(profile, StrictMapper.create(CodecLimits.DEFAULTS), JsonNode.class, CodecLimits.DEFAULTS)
                : null;
        List<FastPath<JsonNode>> scanners = profile.supported()
                ? List.of(direct, FastPath.of(profile, StrictMapper.create(small), JsonNode.class, small))
                : List.of();
        SchemaInstances generator = new SchemaInstances(schema, seed);
        for (int i = 0; i < 2 * instances; i++) {
            JsonNode instance = i % 2 == 0 ? generator.valid() : generator.mutated();
            int pair = i % 4 == 3 ? 1 : 0;
            String where = resource + " #" + i + " " + instance;
            boolean valid = agree(fast.get(pair), reference.get(pair), instance, where, disagreements);
            counts[VALID] += valid ? 1 : 0;
            if (!scanners.isEmpty() && fast.get(pair).hasFastPath()) {
                boolean proven = scanned(scanners.get(pair), instance, valid, where, disagreements);
                counts[SCANNED] += proven && valid ? 1 : 0;
                counts[SCANNABLE] += valid ? 1 : 0;
                byte[] bytes = mapper.writeValueAsBytes(instance);
                List<Violation> reported = scanners.get(pair).reportedByBytes(bytes, 0, bytes.length);
                if (reported != null) {
                    counts[SCANNER_REPORTED]++;
                    List<Violation> sorted = reported.stream()
                            .sorted()
                            .limit(reference.get(pair).limits().maxViolations())
                            .toList();
                    same("byte scanner report", sorted, reference.get(pair).validate(bytes), where, disagreements);
                }
            }
            List<Violation> decided = direct == null ? null : direct.violations(mapper.writeValueAsBytes(instance));
            if (decided != null) {
                counts[decided.isEmpty() ? PROVEN : REPORTED]++;
            }
        }
    }

    /**
     * The byte scanner's own verdict on an instance, on its bytes alone and amid other bytes; a disagreement when
     * it proves an invalid instance valid or the two verdicts differ.
     */
    private boolean scanned(
            FastPath<JsonNode> fastPath, JsonNode instance, boolean valid, String where, List<String> disagreements) {
        byte[] bytes = mapper.writeValueAsBytes(instance);
        boolean proven = fastPath.provenByBytes(bytes, 0, bytes.length);
        byte[] framed = new byte[bytes.length + 6];
        framed[0] = '[';
        framed[1] = '"';
        framed[2] = '\n';
        System.arraycopy(bytes, 0, framed, 3, bytes.length);
        framed[bytes.length + 3] = '}';
        framed[bytes.length + 4] = 0;
        framed[bytes.length + 5] = '\n';
        boolean inPlace = fastPath.provenByBytes(framed, 3, 3 + bytes.length);
        if (proven && !valid) {
            same("byte scanner", "valid", "invalid", where, disagreements);
        }
        same("byte scanner in place", inPlace, proven, where, disagreements);
        return proven;
    }

    /** Compares every operation of the two codecs on one instance; true when it is valid. */
    private boolean agree(
            SchemaCodec<JsonNode> fast,
            SchemaCodec<JsonNode> full,
            JsonNode instance,
            String where,
            List<String> disagreements) {
        String text = mapper.writeValueAsString(instance);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Decoded<JsonNode> expected = full.decode(text);
        same("decode(String)", fast.decode(text), expected, where, disagreements);
        same("decode(byte[])", fast.decode(bytes), full.decode(bytes), where, disagreements);
        same("validate(String)", fast.validate(text), full.validate(text), where, disagreements);
        same("validate(byte[])", fast.validate(bytes), full.validate(bytes), where, disagreements);
        same("validate(value)", fast.validate(instance), full.validate(instance), where, disagreements);
        same("write", written(fast, instance), written(full, instance), where, disagreements);
        expected.value()
                .ifPresent(value ->
                        same("write(bound)", written(fast, value), written(full, value), where, disagreements));
        return expected.valid();
    }

    private static String written(SchemaCodec<JsonNode> codec, JsonNode value) {
        try {
            return codec.write(value);
        } catch (InvalidDocumentException e) {
            return "refused: " + e.violations();
        }
    }

    private static void same(
            String operation, Object actual, Object expected, String where, List<String> disagreements) {
        if (!Objects.equals(actual, expected)) {
            disagreements.add(operation + " on " + where + ": fast " + actual + ", full " + expected);
            if (disagreements.size() <= 20) {
                System.out.println("  DISAGREEMENT " + disagreements.get(disagreements.size() - 1));
            }
        }
    }

    /** The reference codec could not be built: networknt refuses the schema. */
    private static final class Uncompiled extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Uncompiled(RuntimeException cause) {
            super(cause.getMessage(), cause);
        }
    }

    static List<String> vendored() {
        return VENDORED_SCHEMAS.stream().map(name -> VENDORED + "/" + name).toList();
    }

    /**
     * Copies the corpus (schemas and the siblings they reference) beside the test classes, where the codec's class
     * loader finds schema resources; only on request, never in {@code mvn verify}.
     */
    private List<String> copied(Path corpus) throws IOException {
        Path target;
        try {
            target = Path.of(SchemaDifferentialTest.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolve("corpus");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(target);
        List<String> resources = new ArrayList<>();
        for (String folder : List.of("deps", "schemas")) {
            Path source = corpus.resolve(folder);
            if (!Files.isDirectory(source)) {
                continue;
            }
            try (Stream<Path> files = Files.list(source)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json"))
                        .sorted()
                        .toList()) {
                    Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                    if (folder.equals("schemas")) {
                        resources.add("corpus/" + file.getFileName());
                    }
                }
            }
        }
        return resources;
    }

    private JsonNode read(String resource) {
        try (InputStream in = SchemaDifferentialTest.class.getClassLoader().getResourceAsStream(resource)) {
            return mapper.readTree(Objects.requireNonNull(in, resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
