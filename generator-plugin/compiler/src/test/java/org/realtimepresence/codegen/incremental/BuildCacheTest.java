// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache file keeps the types and the warnings of a run exactly, and reads anything else as no cache. */
class BuildCacheTest {

    @TempDir
    Path work;

    @Test
    void entryRoundTripsWithWarningsThatSpanLinesOrHoldBackslashes() throws Exception {
        BuildCache cache = new BuildCache(work.resolve("cache/test.cache"));
        BuildCache.Entry entry = new BuildCache.Entry(
                "ab12",
                List.of("org.example.A", "org.example.b.B"),
                List.of(
                        "C:\\schemas\\a.json#/properties/x/minimun: unknown keyword \"minimun\"",
                        "a key with a line feed\nand a carriage return\r, and a literal \\n",
                        ""));

        cache.write(entry);

        assertThat(cache.read()).contains(entry);
    }

    @Test
    void entryWithoutWarningsReadsBackWithoutWarnings() throws Exception {
        BuildCache cache = new BuildCache(work.resolve("test.cache"));
        cache.write(new BuildCache.Entry("ab12", List.of("org.example.A"), List.of()));

        assertThat(cache.read())
                .hasValueSatisfying(entry -> assertThat(entry.warnings()).isEmpty());
    }

    @Test
    void previousFormatOrDamagedFileReadsAsNoCache() throws Exception {
        Path file = work.resolve("test.cache");
        BuildCache cache = new BuildCache(file);

        for (String content : List.of(
                "schema-codegen-cache 1\nab12\norg.example.A\n",
                "schema-codegen-cache 2\nab12\ntype org.example.A\nsomething else\n",
                "schema-codegen-cache 2\nab12\nwarning a stray \\ backslash\n",
                "schema-codegen-cache 2\n")) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
            assertThat(cache.read()).as(content).isEmpty();
        }
        Files.delete(file);
        assertThat(cache.read()).isEmpty();
    }
}
