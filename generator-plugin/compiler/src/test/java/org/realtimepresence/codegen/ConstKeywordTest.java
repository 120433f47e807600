package org.realtimepresence.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.testing.CompiledTypes;
import org.realtimepresence.codegen.testing.RecordingLog;
import org.realtimepresence.codegen.testing.TestSchemas;
import tools.jackson.databind.json.JsonMapper;

/**
 * A string {@code const} is a one-value enum: the type names the only value, and a plain Jackson 3
 * {@code JsonMapper} and a plain Jackson 2 {@code ObjectMapper} both refuse any other while binding.
 * A {@code const} of another kind keeps its plain type and is left to the runtime validator, and the
 * coverage line says which is which. Pinned by {@code golden/kinds/Signal.java}; after an intended
 * change, refresh it with {@code mvn -pl generator-plugin/compiler -am test -Dtest=ConstKeywordTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true} and review the diff.
 */
class ConstKeywordTest {

    private static final String PACKAGE = "org.example.kinds";
    private static final Path GOLDEN = Path.of("src/test/resources/golden/kinds/Signal.java");
    private static final String VALID = "{\"version\":\"v1\",\"kind\":\"signal\",\"level\":3,\"origin\":\"edge\"}";

    @TempDir
    static Path work;

    private static CompiledTypes compiled;

    private final JsonMapper jackson3 = JsonMapper.builder().build();
    private final com.fasterxml.jackson.databind.ObjectMapper jackson2 = new com.fasterxml.jackson.databind.ObjectMapper();

    @BeforeAll
    static void generateAndCompile() throws Exception {
        TestSchemas.copyResource("kinds/signal.json", work.resolve("schemas"), "signal.json");
        compiled = CompiledTypes.of(work, PACKAGE);
    }

    @AfterAll
    static void release() throws IOException {
        compiled.close();
    }

    @Test
    void matchesItsGoldenFile() throws IOException {
        Path generated = compiled.target().resolve("generated-sources/org/example/kinds/Signal.java");
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(generated, GOLDEN, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(generated).hasSameTextualContentAs(GOLDEN);
    }

    @Test
    void aStringConstIsAOneValueEnumAlsoBehindARef() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");

        assertThat(compiled.load(PACKAGE + ".Signal$Version").getEnumConstants()).extracting(Object::toString)
                .containsExactly("v1");
        assertThat(compiled.load(PACKAGE + ".Signal$Kind").getEnumConstants()).extracting(Object::toString)
                .containsExactly("signal");
        assertThat(compiled.load(PACKAGE + ".Signal$Origin").getEnumConstants()).extracting(Object::toString)
                .containsExactly("edge");
        assertThat(signal.getDeclaredField("level").getType()).isEqualTo(Long.class);
    }

    @Test
    void bothJacksonsReadAndWriteTheOnlyValue() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");

        assertThat(jackson3.writeValueAsString(jackson3.readValue(VALID, signal))).isEqualTo(VALID);
        assertThat(jackson2.writeValueAsString(jackson2.readValue(VALID, signal))).isEqualTo(VALID);
    }

    @Test
    void bothJacksonsRefuseAnyOtherValueOfAStringConst() throws Exception {
        Class<?> signal = compiled.load(PACKAGE + ".Signal");
        for (String json : List.of(VALID.replace("\"v1\"", "\"v2\""), VALID.replace("\"edge\"", "\"core\""))) {
            assertThatThrownBy(() -> jackson3.readValue(json, signal)).as(json).isInstanceOf(RuntimeException.class);
            assertThatThrownBy(() -> jackson2.readValue(json, signal)).as(json).isInstanceOf(IOException.class);
        }
    }

    @Test
    void aConstOfAnotherKindIsLeftToTheValidatorAndTheLineSaysSo() throws Exception {
        Path schemas = work.resolve("logged");
        TestSchemas.copyResource("kinds/signal.json", schemas, "signal.json");
        RecordingLog log = new RecordingLog();

        new SchemaCodegen().run(TestSchemas.request(schemas, work.resolve("logged-target"), PACKAGE), log);

        assertThat(log.at("INFO")).anySatisfy(line -> assertThat(line).startsWith("Schema signal.json: types express [")
                .contains(" const,", "; left to the runtime validator [const at #/properties/level]"));
    }
}
