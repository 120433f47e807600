package org.realtimepresence.codegen.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

        assertThat(report.unknown()).containsExactly(
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
        assertThat(report.expressed()).containsExactly("additionalProperties", "default", "enum", "format:date-time",
                "properties", "required", "type");
        assertThat(report.validatorOnly()).containsExactly("allOf at #", "format:date-time syntax",
                "format:email at #/properties/m", "minProperties at #/allOf/0", "pattern at #/properties/m");
        assertThat(report.summaryLine()).isEqualTo("Schema s.json: types express [additionalProperties, default, enum,"
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
        assertThat(report.unknown()).containsExactly(
                new KeywordCoverage.UnknownKeyword("/unevaluatedProperties", "unevaluatedProperties"));
        assertThat(report.ignoredBesideRef()).containsExactly("minLength at #/properties/level");
        assertThat(report.validatorOnly()).containsExactly("additionalItems at #/properties/pair", "dependencies at #",
                "items (array form) at #/properties/pair");
        assertThat(report.summaryLine()).contains("; ignored beside $ref as draft-07 says [minLength at #/properties/level];")
                .endsWith("; read as draft-07");
    }

    @Test
    void draft2020KeepsWhatStandsBesideARefForTheValidator() throws Exception {
        KeywordCoverage.Report report = coverage("{\"$defs\": {\"n\": {\"type\": \"string\"}},"
                + " \"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/$defs/n\", \"maxLength\": 3}}}");

        assertThat(report.ignoredBesideRef()).isEmpty();
        assertThat(report.validatorOnly()).containsExactly("maxLength beside $ref at #/properties/a");
    }
}
