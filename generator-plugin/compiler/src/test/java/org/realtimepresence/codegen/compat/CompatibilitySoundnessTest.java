// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Soundness of every compatibility claim, judged by the networknt validator with format assertion
 * on: whenever the comparator finds no incompatibility in a direction, no generated instance may be
 * valid under that direction's source schema and invalid under its target.
 *
 * <p>The seed is fixed, so a red build is reproduced by rerunning it; try another sample with
 * {@code -Dcompat.seed=<seed>} and change its size with {@code -Dcompat.pairs=<n>}.
 */
class CompatibilitySoundnessTest {

    private static final int INSTANCES_PER_SCHEMA = 12;
    private static final int RANDOM_INSTANCES = 6;
    private static final long DEFAULT_SEED = 20261128L;

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .locale(Locale.ROOT)
                    .build()));

    @Test
    void noGeneratedInstanceContradictsAClaimOfCompatibility() {
        long seed = Long.getLong("compat.seed", DEFAULT_SEED);
        int pairs = Integer.getInteger("compat.pairs", 2_000);
        System.out.println("Compatibility soundness: seed " + seed + ", " + pairs + " schema pairs (rerun with"
                + " -Dtest=CompatibilitySoundnessTest -Dcompat.seed=" + seed + " -Dcompat.pairs=" + pairs + ")");
        SchemaPairGenerator generator = new SchemaPairGenerator(new Random(seed));
        Tally tally = new Tally();
        for (int i = 0; i < pairs; i++) {
            ObjectNode baseline = generator.schema();
            ObjectNode current = generator.mutate(baseline);
            checkPair(seed, i, baseline, current, generator, tally);
        }
        System.out.println("Compatibility soundness: " + tally);
        // The property only has teeth if claims were made and instances reached them.
        assertThat(tally.backwardClaims).as("pairs claimed backward compatible").isGreaterThan(pairs / 10);
        assertThat(tally.forwardClaims).as("pairs claimed forward compatible").isGreaterThan(pairs / 10);
        assertThat(tally.changedPairsClaimed).as("claims on pairs that differ").isGreaterThan(pairs / 20);
        assertThat(tally.instancesChecked)
                .as("instances valid under a claim's source")
                .isGreaterThan(pairs * 2L);
        assertThat(tally.refutedRefusals)
                .as("refusals the judge confirms with an instance")
                .isGreaterThan(pairs / 20);
    }

    private void checkPair(
            long seed, int index, ObjectNode baseline, ObjectNode current, SchemaPairGenerator generator, Tally tally) {
        List<Difference> differences = SchemaComparator.compare("pair.json", baseline, current);
        boolean backward = differences.stream().noneMatch(d -> d.direction() == Direction.BACKWARD_INCOMPATIBLE);
        boolean forward = differences.stream().noneMatch(d -> d.direction() == Direction.FORWARD_INCOMPATIBLE);
        tally.backwardClaims += backward ? 1 : 0;
        tally.forwardClaims += forward ? 1 : 0;
        tally.changedPairsClaimed += (backward || forward) && !baseline.equals(current) ? 1 : 0;

        Schema oldSchema = registry.getSchema(baseline);
        Schema newSchema = registry.getSchema(current);
        List<JsonNode> instances = new ArrayList<>();
        for (int i = 0; i < INSTANCES_PER_SCHEMA; i++) {
            instances.add(generator.instance(baseline, baseline, 0));
            instances.add(generator.instance(current, current, 0));
        }
        for (int i = 0; i < RANDOM_INSTANCES; i++) {
            instances.add(generator.anyValue(0));
        }
        boolean refusalConfirmed = false;
        for (JsonNode instance : instances) {
            boolean validOld = oldSchema.validate(instance).isEmpty();
            boolean validNew = newSchema.validate(instance).isEmpty();
            if (backward && validOld) {
                tally.instancesChecked++;
                if (!validNew) {
                    contradiction(seed, index, "BACKWARD", baseline, current, instance, differences);
                }
            }
            if (forward && validNew) {
                tally.instancesChecked++;
                if (!validOld) {
                    contradiction(seed, index, "FORWARD", baseline, current, instance, differences);
                }
            }
            refusalConfirmed |= (!backward && validOld && !validNew) || (!forward && validNew && !validOld);
        }
        tally.refutedRefusals += refusalConfirmed ? 1 : 0;
    }

    private static void contradiction(
            long seed,
            int index,
            String direction,
            JsonNode baseline,
            JsonNode current,
            JsonNode instance,
            List<Difference> differences) {
        fail("Seed " + seed + ", pair " + index + ": claimed " + direction + " compatible, but the instance "
                + instance + " is valid under the " + (direction.equals("BACKWARD") ? "baseline" : "new schema")
                + " and invalid under the other.\nbaseline: " + baseline + "\nnew:      " + current
                + "\ndifferences: " + differences.stream().map(Difference::line).toList());
    }

    private static final class Tally {
        int backwardClaims;
        int forwardClaims;
        int changedPairsClaimed;
        long instancesChecked;
        int refutedRefusals;

        @Override
        public String toString() {
            return backwardClaims + " pairs claimed backward compatible, " + forwardClaims
                    + " forward compatible, " + changedPairsClaimed + " claims on changed pairs, " + instancesChecked
                    + " instances checked against a claim, " + refutedRefusals
                    + " refusals confirmed by a counterexample";
        }
    }
}
