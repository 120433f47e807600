// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.benchmarks.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.realtimepresence.codegen.CodegenLog;
import org.realtimepresence.codegen.CodegenRequest;
import org.realtimepresence.codegen.CodegenResult;
import org.realtimepresence.codegen.SchemaCodegen;

class SyntheticSchemasTest {

    @Test
    void theSameSeedWritesTheSameSchemas() {
        SyntheticSchemas first = new SyntheticSchemas(SyntheticSchemas.SEED);
        SyntheticSchemas second = new SyntheticSchemas(SyntheticSchemas.SEED);
        for (int i = 0; i < 20; i++) {
            assertThat(first.schema(i)).isEqualTo(second.schema(i));
        }
        assertThat(new SyntheticSchemas(1).schema(0)).isNotEqualTo(new SyntheticSchemas(2).schema(0));
    }

    @Test
    void theGeneratorTurnsEverySchemaIntoATypeWithoutUnknownKeywords(@TempDir Path scratch) throws Exception {
        List<Path> schemas = new SyntheticSchemas(SyntheticSchemas.SEED).write(scratch.resolve("schemas"), 12);
        CodegenRequest request = new CodegenRequest(
                scratch.resolve("schemas"),
                List.of("**/*.json"),
                List.of(),
                "org.example.synthetic",
                scratch.resolve("sources"),
                scratch.resolve("resources"),
                scratch.resolve("cache.properties"),
                true,
                "test");

        CodegenResult result = new SchemaCodegen().run(request, CodegenLog.silent());

        assertThat(schemas).hasSize(12).allSatisfy(schema -> assertThat(schema).isRegularFile());
        assertThat(result.types()).hasSize(12);
        assertThat(Files.readString(scratch.resolve("sources/org/example/synthetic/S000.java")))
                .contains("record S000(");
    }
}
