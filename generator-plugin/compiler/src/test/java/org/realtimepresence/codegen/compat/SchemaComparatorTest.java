// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaComparatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One rule: a baseline fragment, a new fragment, and which directions the change keeps. Each
     * case also runs swapped, where the directions swap too.
     */
    private record Rule(String name, String before, String after, boolean backward, boolean forward) {
        Rule swapped() {
            return new Rule(name + " (reversed)", after, before, forward, backward);
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("type widened integer to number", "{\"type\":\"integer\"}", "{\"type\":\"number\"}", true, false),
            new Rule(
                    "type gains an alternative",
                    "{\"type\":\"string\"}",
                    "{\"type\":[\"string\",\"null\"]}",
                    true,
                    false),
            new Rule("type removed", "{\"type\":\"string\"}", "{}", true, false),
            new Rule("enum value removed", "{\"enum\":[\"a\",\"b\"]}", "{\"enum\":[\"a\"]}", false, true),
            new Rule("enum added", "{\"type\":\"string\"}", "{\"type\":\"string\",\"enum\":[\"a\"]}", false, true),
            new Rule("const widened to enum", "{\"const\":\"a\"}", "{\"enum\":[\"a\",\"b\"]}", true, false),
            new Rule(
                    "format added",
                    "{\"type\":\"string\"}",
                    "{\"type\":\"string\",\"format\":\"date-time\"}",
                    false,
                    true),
            new Rule(
                    "format changed",
                    "{\"type\":\"string\",\"format\":\"date\"}",
                    "{\"type\":\"string\",\"format\":\"date-time\"}",
                    false,
                    false),
            new Rule(
                    "minLength raised",
                    "{\"type\":\"string\",\"minLength\":1}",
                    "{\"type\":\"string\",\"minLength\":2}",
                    false,
                    true),
            new Rule(
                    "maxLength raised",
                    "{\"type\":\"string\",\"maxLength\":5}",
                    "{\"type\":\"string\",\"maxLength\":10}",
                    true,
                    false),
            new Rule("pattern added", "{\"type\":\"string\"}", "{\"type\":\"string\",\"pattern\":\"^a\"}", false, true),
            new Rule("minimum made exclusive", "{\"minimum\":0}", "{\"exclusiveMinimum\":0}", false, true),
            new Rule("maximum raised", "{\"maximum\":10}", "{\"maximum\":20}", true, false),
            new Rule("exclusiveMaximum above maximum", "{\"maximum\":10}", "{\"exclusiveMaximum\":11}", true, false),
            new Rule("multipleOf relaxed to a divisor", "{\"multipleOf\":4}", "{\"multipleOf\":2}", true, false),
            new Rule("multipleOf to a non-divisor", "{\"multipleOf\":4}", "{\"multipleOf\":3}", false, false),
            new Rule(
                    "maxItems lowered",
                    "{\"type\":\"array\",\"maxItems\":3}",
                    "{\"type\":\"array\",\"maxItems\":2}",
                    false,
                    true),
            new Rule("minItems raised", "{\"type\":\"array\"}", "{\"type\":\"array\",\"minItems\":1}", false, true),
            new Rule(
                    "uniqueItems added",
                    "{\"type\":\"array\"}",
                    "{\"type\":\"array\",\"uniqueItems\":true}",
                    false,
                    true),
            new Rule(
                    "items narrowed",
                    "{\"type\":\"array\",\"items\":{\"type\":\"number\"}}",
                    "{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}",
                    false,
                    true),
            new Rule(
                    "items added",
                    "{\"type\":\"array\"}",
                    "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}",
                    false,
                    true),
            new Rule(
                    "required added",
                    "{\"type\":\"object\",\"properties\":{\"a\":{}}}",
                    "{\"type\":\"object\",\"properties\":{\"a\":{}},\"required\":[\"a\"]}",
                    false,
                    true),
            new Rule(
                    "optional property added to a closed object",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}},\"additionalProperties\":false}",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}},"
                            + "\"additionalProperties\":false}",
                    true,
                    false),
            new Rule(
                    "constrained property added to an open object",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{\"type\":\"string\"}}}",
                    false,
                    true),
            new Rule(
                    "unconstrained property declared in an open object",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}}",
                    "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"},\"b\":{}}}",
                    true,
                    true),
            new Rule(
                    "object closed",
                    "{\"type\":\"object\",\"additionalProperties\":true}",
                    "{\"type\":\"object\",\"additionalProperties\":false}",
                    false,
                    true),
            new Rule(
                    "additionalProperties schema narrowed",
                    "{\"additionalProperties\":{\"type\":\"number\"}}",
                    "{\"additionalProperties\":{\"type\":\"integer\"}}",
                    false,
                    true),
            new Rule(
                    "property added where additionalProperties was a schema",
                    "{\"additionalProperties\":{\"type\":\"string\"}}",
                    "{\"properties\":{\"b\":{\"type\":\"string\",\"maxLength\":3}},"
                            + "\"additionalProperties\":{\"type\":\"string\"}}",
                    false,
                    true),
            new Rule(
                    "minProperties raised",
                    "{\"type\":\"object\"}",
                    "{\"type\":\"object\",\"minProperties\":1}",
                    false,
                    true),
            new Rule(
                    "propertyNames narrowed",
                    "{\"propertyNames\":{\"maxLength\":3}}",
                    "{\"propertyNames\":{\"maxLength\":2}}",
                    false,
                    true),
            new Rule(
                    "numeric bound on a string-only schema",
                    "{\"type\":\"string\"}",
                    "{\"type\":\"string\",\"minimum\":3}",
                    true,
                    true));

    /** Where the fragment sits: at the top, two objects deep, or behind a {@code $ref} into {@code $defs}. */
    private enum Embedding {
        TOP("", "%s"),
        NESTED(
                "/properties/outer/properties/inner",
                "{\"type\":\"object\",\"properties\":{\"outer\":{\"type\":\"object\",\"properties\":{\"inner\":%s}}}}"),
        REFERENCED(
                "/$defs/thing",
                "{\"type\":\"object\",\"properties\":{\"x\":{\"$ref\":\"#/$defs/thing\"}},\"$defs\":{\"thing\":%s}}");

        final String prefix;
        final String template;

        Embedding(String prefix, String template) {
            this.prefix = prefix;
            this.template = template;
        }
    }

    static Stream<Arguments> rules() {
        List<Arguments> cases = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Embedding embedding : Embedding.values()) {
                cases.add(Arguments.of(rule, embedding));
                cases.add(Arguments.of(rule.swapped(), embedding));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("rules")
    void eachRuleReportsExactlyTheDirectionsItBreaks(Rule rule, Embedding embedding) {
        List<Difference> differences =
                compare(String.format(embedding.template, rule.before), String.format(embedding.template, rule.after));

        assertThat(breaks(differences, Direction.BACKWARD_INCOMPATIBLE))
                .as("backward break")
                .isEqualTo(!rule.backward);
        assertThat(breaks(differences, Direction.FORWARD_INCOMPATIBLE))
                .as("forward break")
                .isEqualTo(!rule.forward);
        assertThat(differences).isNotEmpty().allSatisfy(d -> {
            assertThat(d.pointer()).startsWith(embedding.prefix);
            assertThat(d.undecidable()).isFalse();
        });
    }

    @Test
    void anEnumValueRemovedIsNamedWithItsPointer() {
        List<Difference> differences = compare(
                "{\"properties\":{\"action\":{\"enum\":[\"enter\",\"leave\",\"absent\"]}}}",
                "{\"properties\":{\"action\":{\"enum\":[\"enter\",\"leave\"]}}}");

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.direction()).isEqualTo(Direction.BACKWARD_INCOMPATIBLE);
            assertThat(d.pointer()).isEqualTo("/properties/action/enum");
            assertThat(d.reason()).contains("\"absent\"").contains("new readers reject old records");
        });
    }

    @Test
    void movingASubschemaIntoDefsChangesNothing() {
        String inline = "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"maxLength\":3}}}";
        String referenced = "{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"#/$defs/short\"}},"
                + "\"$defs\":{\"short\":{\"type\":\"string\",\"maxLength\":3}}}";

        assertThat(compare(inline, referenced)).isEmpty();
        assertThat(compare(referenced, inline)).isEmpty();
    }

    @Test
    void aRecursiveSchemaIsComparedOnceAndItsDeepChangeFound() {
        String before = "{\"$ref\":\"#/$defs/node\",\"$defs\":{\"node\":{\"type\":\"object\",\"properties\":{"
                + "\"value\":{\"type\":\"integer\"},\"children\":{\"type\":\"array\",\"items\":{\"$ref\":\"#/$defs/node\"}}}}}}";
        String after = before.replace("\"integer\"", "\"number\"");

        List<Difference> differences = compare(before, after);

        assertThat(differences).singleElement().satisfies(d -> {
            assertThat(d.direction()).isEqualTo(Direction.FORWARD_INCOMPATIBLE);
            assertThat(d.pointer()).isEqualTo("/$defs/node/properties/value/type");
        });
    }

    @Test
    void referencesWithSiblingsCompareTheirTargets() {
        String before = "{\"properties\":{\"a\":{\"$ref\":\"#/$defs/s\",\"minLength\":1}},"
                + "\"$defs\":{\"s\":{\"type\":\"string\",\"maxLength\":5}}}";
        String after = before.replace("\"maxLength\":5", "\"maxLength\":4");

        assertThat(compare(before, after)).singleElement().satisfies(d -> {
            assertThat(d.direction()).isEqualTo(Direction.BACKWARD_INCOMPATIBLE);
            assertThat(d.pointer()).isEqualTo("/$defs/s/maxLength");
        });
    }

    @Test
    void aReferenceToAnotherFileCannotBeProvenCompatible() {
        List<Difference> differences = compare(
                "{\"properties\":{\"a\":{\"$ref\":\"other.json\"}}}",
                "{\"properties\":{\"a\":{\"$ref\":\"other.json\"}}}");

        assertThat(differences).hasSize(2).allSatisfy(d -> {
            assertThat(d.undecidable()).isTrue();
            assertThat(d.pointer()).isEqualTo("/properties/a/$ref");
            assertThat(d.reason()).contains("other.json");
        });
    }

    @Test
    void keywordsOutsideTheRulesAreUndecidableWhenChangedAndSilentWhenEqual() {
        String before = "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"null\"}]}";

        assertThat(compare(before, before)).isEmpty();
        List<Difference> changed = compare(before, "{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"integer\"}]}");
        assertThat(changed)
                .extracting(Difference::direction)
                .containsExactlyInAnyOrder(Direction.BACKWARD_INCOMPATIBLE, Direction.FORWARD_INCOMPATIBLE);
        assertThat(changed).allSatisfy(d -> {
            assertThat(d.undecidable()).isTrue();
            assertThat(d.line()).contains("cannot prove compatible").contains("#/anyOf");
        });
    }

    @Test
    void equalKeywordsOutsideTheRulesStillDependOnTheDefinitionsTheyReference() {
        String before = "{\"not\":{\"$ref\":\"#/$defs/x\"},\"$defs\":{\"x\":{\"type\":\"string\"}}}";
        String after = before.replace("\"string\"", "\"number\"");

        assertThat(compare(before, after)).isNotEmpty().allMatch(Difference::undecidable);
    }

    @Test
    void patternPropertiesBesideChangedPropertiesIsUndecidable() {
        String before = "{\"properties\":{\"a\":{}},\"patternProperties\":{\"^x\":{\"type\":\"string\"}},"
                + "\"additionalProperties\":false}";
        String after = before.replace("{\"a\":{}}", "{\"a\":{},\"xb\":{\"type\":\"integer\"}}");

        assertThat(compare(before, after)).hasSize(2).allMatch(Difference::undecidable);
    }

    @Test
    void annotationChangesAreCompatible() {
        List<Difference> differences = compare(
                "{\"type\":\"string\",\"description\":\"old\"}",
                "{\"type\":\"string\",\"description\":\"new\",\"title\":\"T\"}");

        assertThat(differences).hasSize(2).allSatisfy(d -> assertThat(d.direction())
                .isEqualTo(Direction.COMPATIBLE));
    }

    @Test
    void booleanSchemasAreCompared() {
        assertThat(compare("{\"properties\":{\"a\":false}}", "{\"properties\":{\"a\":true}}"))
                .extracting(Difference::direction)
                .containsExactly(Direction.FORWARD_INCOMPATIBLE);
        assertThat(compare("{\"items\":true}", "{\"items\":false}"))
                .extracting(Difference::direction)
                .containsExactly(Direction.BACKWARD_INCOMPATIBLE);
    }

    @Test
    void aMalformedKeywordIsUndecidableNotACrash() {
        assertThat(compare("{\"minLength\":1}", "{\"minLength\":\"two\"}"))
                .isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.undecidable()).isTrue();
                    assertThat(d.pointer()).isEqualTo("/minLength");
                });
    }

    private static boolean breaks(List<Difference> differences, Direction direction) {
        return differences.stream().anyMatch(d -> d.direction() == direction);
    }

    private static List<Difference> compare(String before, String after) {
        JsonNode baseline = JSON.readTree(before);
        JsonNode current = JSON.readTree(after);
        return SchemaComparator.compare("test.json", baseline, current);
    }
}
