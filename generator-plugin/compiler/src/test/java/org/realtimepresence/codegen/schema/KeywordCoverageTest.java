// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.SchemaCodegen;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;

/** Every keyword is expressed, left to the validator, or reported as unknown with its pointer. */
class KeywordCoverageTest {

    @TempDir
    Path dir;

    private KeywordCoverage.Report coverage(String json) throws Exception {
        return KeywordCoverage.of(new SchemaReader().read("s.json", TestSchemas.write(dir, "s.json", json)));
    }

    @Test
    void unknownKeywordsAreReportedWithEscapedJsonPointers() throws Exception {
        KeywordCoverage.Report report = coverage("{\"type\": \"object\", \"x-top\": 1, \"properties\": {"
                + "\"a/b\": {\"type\": \"number\", \"x-unit\": \"cm\"},"
                + "\"list\": {\"type\": \"array\", \"prefixItems\": [{\"javaType\": \"Foo\"}]}},"
                + "\"$defs\": {\"t~1\": {\"nullable\": true}}}");

        assertThat(report.unknown())
                .containsExactly(
                        new KeywordCoverage.UnknownKeyword("/x-top", "x-top"),
                        new KeywordCoverage.UnknownKeyword("/properties/a~1b/x-unit", "x-unit"),
                        new KeywordCoverage.UnknownKeyword("/properties/list/prefixItems/0/javaType", "javaType"),
                        new KeywordCoverage.UnknownKeyword("/$defs/t~01/nullable", "nullable"));
        assertThat(report.summaryLine()).endsWith("; unknown keywords 4; read as draft 2020-12");
    }

    @Test
    void knownKeywordsAreClassifiedAndInstanceValuesAreNotMistakenForSchemas() throws Exception {
        KeywordCoverage.Report report = coverage("{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                + " \"$id\": \"s.json\", \"type\": \"object\", \"required\": [\"d\"], \"properties\": {"
                + "\"d\": {\"type\": \"string\", \"format\": \"date-time\"},"
                + "\"e\": {\"enum\": [{\"x-not-a-keyword\": 1}], \"default\": {\"neither\": 2}},"
                + "\"m\": {\"type\": \"string\", \"format\": \"email\", \"pattern\": \"^.+@\"}},"
                + "\"allOf\": [{\"minProperties\": 1}], \"additionalProperties\": false}");

        assertThat(report.unknown()).isEmpty();
        assertThat(report.expressed())
                .containsExactly(
                        "additionalProperties",
                        "default",
                        "enum",
                        "format:date-time",
                        "properties",
                        "required",
                        "type");
        assertThat(report.validatorOnly())
                .containsExactly(
                        "allOf at #",
                        "format:date-time syntax",
                        "format:email at #/properties/m",
                        "minProperties at #/allOf/0",
                        "pattern at #/properties/m");
        assertThat(report.summaryLine())
                .isEqualTo("Schema s.json: types express [additionalProperties, default, enum,"
                        + " format:date-time, properties, required, type]; left to the runtime validator [allOf at #,"
                        + " format:date-time syntax, format:email at #/properties/m, minProperties at #/allOf/0,"
                        + " pattern at #/properties/m]; unknown keywords [none]; read as draft 2020-12");
    }

    @Test
    void draft07IsReadUnderItsOwnRulesAndNamedInTheLine() throws Exception {
        KeywordCoverage.Report report = coverage("{\"$schema\": \"http://json-schema.org/draft-07/schema#\","
                + " \"type\": \"object\", \"properties\": {"
                + "\"level\": {\"$ref\": \"#/definitions/L\", \"description\": \"kept\", \"minLength\": 1},"
                + "\"pair\": {\"type\": \"array\", \"items\": [{\"type\": \"string\"}], \"additionalItems\": false}},"
                + "\"dependencies\": {\"a\": [\"b\"], \"c\": {\"required\": [\"d\"]}},"
                + "\"definitions\": {\"L\": {\"type\": \"string\"}}, \"unevaluatedProperties\": false}");

        assertThat(report.draft()).isEqualTo(Draft.DRAFT_07);
        assertThat(report.unknown())
                .containsExactly(new KeywordCoverage.UnknownKeyword("/unevaluatedProperties", "unevaluatedProperties"));
        assertThat(report.ignoredBesideRef()).containsExactly("minLength at #/properties/level");
        assertThat(report.validatorOnly())
                .containsExactly(
                        "additionalItems at #/properties/pair",
                        "dependencies at #",
                        "items (array form) at #/properties/pair");
        assertThat(report.summaryLine())
                .contains("; ignored beside $ref as draft-07 says [minLength at #/properties/level];")
                .endsWith("; read as draft-07");
    }

    @Test
    void draft2020KeepsWhatStandsBesideARefForTheValidator() throws Exception {
        KeywordCoverage.Report report = coverage("{\"$defs\": {\"n\": {\"type\": \"string\"}},"
                + " \"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/n\", \"maxLength\": 3}}}");

        assertThat(report.ignoredBesideRef()).isEmpty();
        assertThat(report.validatorOnly()).containsExactly("maxLength beside $ref at #/properties/a");
    }

    @Test
    void aConstIsExpressedOnlyWhereTheTypesMakeItAOneValueEnum() throws Exception {
        KeywordCoverage.Report report = coverage("{\"type\": \"object\", \"properties\": {"
                + "\"a\": {\"const\": \"x\"},"
                + "\"b\": {\"type\": \"integer\", \"const\": 3},"
                + "\"c\": {\"type\": \"string\", \"const\": \"x\", \"enum\": [\"x\", \"y\"]},"
                + "\"d\": {\"type\": \"integer\", \"const\": \"x\"},"
                + "\"e\": {\"oneOf\": [{\"const\": \"x\"}, {\"type\": \"integer\"}]},"
                + "\"f\": {\"oneOf\": [{\"type\": \"object\", \"properties\": {\"k\": {\"const\": \"x\"}}}]},"
                + "\"g\": {\"type\": \"array\", \"prefixItems\": [{\"const\": \"x\"}], \"items\": {\"const\": \"y\"}}},"
                + "\"if\": {\"properties\": {\"a\": {\"const\": \"x\"}}}, \"then\": {\"required\": [\"b\"]}}");

        assertThat(report.expressed()).contains("const");
        assertThat(report.validatorOnly())
                .filteredOn(entry -> entry.startsWith("const "))
                .containsExactly(
                        "const at #/if/properties/a",
                        "const at #/properties/b",
                        "const at #/properties/c",
                        "const at #/properties/d",
                        "const at #/properties/e/oneOf/0",
                        "const at #/properties/g/prefixItems/0");
    }

    @Test
    void aSchemaWhoseOnlyConstIsNotExpressedDoesNotClaimIt() throws Exception {
        KeywordCoverage.Report report = coverage("{\"type\": \"object\", \"properties\": {"
                + "\"n\": {\"const\": null}, \"o\": {\"not\": {\"const\": \"x\"}}}}");

        assertThat(report.expressed()).doesNotContain("const");
        assertThat(report.validatorOnly()).contains("const at #/properties/n", "const at #/properties/o/not");
    }

    @Test
    void shapeKeywordsTheTypesDoNotFollowAreLoggedAsLeftToTheValidatorWithTheirPointers() throws Exception {
        Path schemas = dir.resolve("shapes");
        TestSchemas.write(
                schemas,
                "shape.json",
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                        + " \"$dynamicAnchor\": \"node\", \"type\": \"object\", \"properties\": {"
                        + "\"pair\": {\"type\": \"array\", \"prefixItems\": [{\"type\": \"string\"}]},"
                        + "\"tags\": {\"type\": \"object\", \"patternProperties\": {\"^x-\": {\"type\": \"string\"}}},"
                        + "\"child\": {\"$dynamicRef\": \"#node\"}},"
                        + "\"if\": {\"required\": [\"pair\"]}, \"then\": {\"required\": [\"tags\"]},"
                        + " \"else\": {\"required\": [\"child\"]},"
                        + "\"dependentSchemas\": {\"pair\": {\"required\": [\"tags\"]}}, \"unevaluatedProperties\": false}");
        RecordingLog log = new RecordingLog();

        new SchemaCodegen().run(TestSchemas.request(schemas, dir.resolve("target"), "org.example.shapes"), log);

        String validatorOnly = log.at("INFO").stream()
                .filter(line -> line.startsWith("Schema shape.json: "))
                .findFirst()
                .orElseThrow()
                .replaceFirst("^.*; left to the runtime validator \\[", "");
        assertThat(validatorOnly)
                .contains(
                        "if at #,",
                        "then at #,",
                        "else at #,",
                        "prefixItems at #/properties/pair",
                        "patternProperties at #/properties/tags",
                        "dependentSchemas at #,",
                        "unevaluatedProperties at #",
                        "$dynamicRef at #/properties/child");
    }
}
