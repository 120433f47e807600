// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.realtimepresence.runtime.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One instance of the test corpus {@code corpus/presence-corpus.json}: its input (text, or raw bytes in hex
 * for input that is not UTF-8), expected verdict and expected (pointer, keyword) pairs in report order.
 * Large hostile inputs are stored as templates: each {@code expand} key is replaced by its unit repeated.
 */
@SuppressWarnings("ArrayRecordComponent") // read once from the corpus, never compared
record CorpusCase(String name, String text, byte[] bytes, boolean valid, List<List<String>> violations) {

    static final String RESOURCE = "corpus/presence-corpus.json";

    static List<CorpusCase> load() {
        JsonNode root;
        try (InputStream in = CorpusCase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CorpusCase> cases = new ArrayList<>();
        for (JsonNode entry : root) {
            String text = entry.has("text") ? expand(entry.get("text").asString(), entry.get("expand")) : null;
            byte[] bytes = text != null
                    ? text.getBytes(StandardCharsets.UTF_8)
                    : HexFormat.of().parseHex(entry.get("hex").asString());
            List<List<String>> violations = new ArrayList<>();
            for (JsonNode pair : entry.get("violations")) {
                violations.add(List.of(pair.get(0).asString(), pair.get(1).asString()));
            }
            cases.add(new CorpusCase(
                    entry.get("name").asString(),
                    text,
                    bytes,
                    entry.get("valid").asBoolean(),
                    violations));
        }
        return cases;
    }

    private static String expand(String template, JsonNode expansions) {
        if (expansions == null) {
            return template;
        }
        String text = template;
        for (Map.Entry<String, JsonNode> expansion : expansions.properties()) {
            text = text.replace(
                    expansion.getKey(),
                    expansion
                            .getValue()
                            .get(0)
                            .asString()
                            .repeat(expansion.getValue().get(1).asInt()));
        }
        return text;
    }

    static List<List<String>> pairs(List<Violation> violations) {
        return violations.stream().map(v -> List.of(v.pointer(), v.keyword())).toList();
    }

    @Override
    public String toString() {
        return name;
    }
}
