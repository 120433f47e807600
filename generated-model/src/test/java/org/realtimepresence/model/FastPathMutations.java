// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.model;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.realtimepresence.fixtures.Mutant;
import org.realtimepresence.fixtures.SeededPresence;

/**
 * Mutations aimed at the fast path's edges, on top of {@link SeededPresence}'s: every keyword of the
 * schema, RFC 3339 edge cases, nulls and near-miss types, unknown and look-alike names, duplicates, limits, and
 * byte-level damage. Each input is UTF-8 bytes and, when it is text, the same text.
 */
final class FastPathMutations {

    /** One input: a kind for the coverage report, the schema keyword (or concern) it aims at, and its content. */
    @SuppressWarnings("ArrayRecordComponent") // generated once, never compared
    record Input(String kind, String target, String text, byte[] bytes) {

        static Input text(String kind, String target, String text) {
            return new Input(kind, target, text, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final List<String> DATE_TIME_EDGES = List.of(
            "2024-05-01T10:00:00Z",
            "2024-05-01t10:00:00z",
            "2024-05-01T10:00:00z",
            "2024-05-01t10:00:00Z",
            "2016-12-31T23:59:60Z",
            "2016-12-31T15:59:60-08:00",
            "2024-05-01T10:59:60Z",
            "2024-05-01T23:59:60+01:00",
            "2024-05-01T10:00:00-00:00",
            "2024-05-01T10:00:00+00:00",
            "2024-05-01T10:00:00.1234567891Z",
            "2024-05-01T10:00:00.123456789Z",
            "2024-05-01T10:00:00.Z",
            "2024-05-01T10:00:00,5Z",
            "0000-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "9999-12-31T23:59:59-18:00",
            "1900-02-29T00:00:00Z",
            "2000-02-29T00:00:00Z",
            "2023-02-29T00:00:00Z",
            "2024-02-29T00:00:00Z",
            "2024-04-31T00:00:00Z",
            "2024-06-30T00:00:00Z",
            "2024-13-01T00:00:00Z",
            "2024-00-10T00:00:00Z",
            "2024-05-00T00:00:00Z",
            "2024-05-01T24:00:00Z",
            "2024-05-01T23:60:00Z",
            "2024-05-01T23:59:61Z",
            "2024-05-01T10:00:00+18:00",
            "2024-05-01T10:00:00-18:00",
            "2024-05-01T10:00:00+18:01",
            "2024-05-01T10:00:00+19:00",
            "2024-05-01T10:00:00+23:59",
            "2024-05-01T10:00:00+24:00",
            "2024-05-01T10:00:00+01:60",
            "2024-05-01T10:00:00+0100",
            "2024-05-01T10:00:00+01",
            "2024-05-01T10:00Z",
            "2024-05-01 10:00:00Z",
            "2024-05-01T10:00:00",
            "2024-05-01",
            "10:00:00Z",
            "",
            " 2024-05-01T10:00:00Z",
            "2024-05-01T10:00:00Z ",
            "+2024-05-01T10:00:00Z",
            "20240501T100000Z",
            "2024-5-01T10:00:00Z",
            "２024-05-01T10:00:00Z",
            "2024-05-01T10:00:00\u200bZ",
            "2024-05-01T10:00:00.000000000000000000001Z",
            "2024-05-01T10:00:00.5+05:30",
            "1969-12-31T23:59:59.999999999-23:59");

    private static final List<String> NAMES =
            List.of("channel", "clientId", "connectionId", "action", "data", "since", "occurredAt");
    private static final List<String> WRONG_VALUES = List.of(
            "null",
            "0",
            "-1",
            "1.5",
            "1e3",
            "true",
            "false",
            "[]",
            "[\"enter\"]",
            "{}",
            "{\"a\":1}",
            "\"\"",
            "\"enter\"",
            "\"2024-05-01T10:00:00Z\"",
            "[null]",
            "{\"\":null}");
    private static final List<String> ENUM_CANDIDATES = List.of(
            "\"enter\"",
            "\"leave\"",
            "\"update\"",
            "\"present\"",
            "\"absent\"",
            "\"Enter\"",
            "\"ENTER\"",
            "\" enter\"",
            "\"enter \"",
            "\"ente\"",
            "\"entered\"",
            "\"\"",
            "\"\\u0065nter\"",
            "\"ｅnter\"",
            "0",
            "4");
    private static final List<String> LOOK_ALIKE_NAMES = List.of(
            "Channel",
            "channel ",
            "clientid",
            "client_id",
            "connectionID",
            "Action",
            "DATA",
            "since\u0000",
            "occurred_at",
            "",
            "$schema",
            "$id",
            "additionalProperties",
            "\\u0063hannel");
    private static final List<String> HOSTILE_DATA = List.of(
            "{\"n\":1E-99999999999}",
            "{\"n\":1e400}",
            "{\"n\":-0.0}",
            "{\"n\":1.50}",
            "{\"n\":" + "9".repeat(1200) + "}",
            "{\"n\":" + "9".repeat(900) + "}",
            "{\"s\":\"" + "x".repeat(5000) + "\"}",
            "{\"a\":{\"a\":{\"a\":null}}}",
            "{\"a\":1,\"a\":2}",
            "{\"\":{}}",
            "{\"k\":\"\\ud800\"}",
            "{\"k\":\"\\u0000\"}");
    private static final List<String> ROOTS = List.of(
            "",
            " ",
            "null",
            "[]",
            "[{}]",
            "\"x\"",
            "1",
            "true",
            "{}",
            "{\"channel\":\"c\"}",
            "{{}}",
            "{\"a\"}",
            "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}",
            "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\",}",
            "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}{}",
            "{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"} null",
            "{'channel':'c','clientId':'a','action':'enter'}",
            "{channel:\"c\",clientId:\"a\",action:\"enter\"}",
            "/*c*/{\"channel\":\"c\",\"clientId\":\"a\",\"action\":\"enter\"}");

    private final SplittableRandom random;
    private final SeededPresence documents;

    FastPathMutations(SplittableRandom random, SeededPresence documents) {
        this.random = random;
        this.documents = documents;
    }

    /** One mutation of a valid document, picked at random among every kind. */
    Input mutate(List<Map.Entry<String, String>> valid) {
        List<Map.Entry<String, String>> properties = new ArrayList<>(valid);
        switch (random.nextInt(12)) {
            case 0 -> {
                String field = random.nextBoolean() ? "since" : "occurredAt";
                String value = DATE_TIME_EDGES.get(random.nextInt(DATE_TIME_EDGES.size()));
                return Input.text("date-time " + value, "format", render(replace(properties, field, quote(value))));
            }
            case 1 -> {
                String name = pick(NAMES);
                String value = pick(WRONG_VALUES);
                return Input.text("value " + value + " for " + name, "type", render(replace(properties, name, value)));
            }
            case 2 -> {
                return Input.text(
                        "enum candidate", "enum", render(replace(properties, "action", pick(ENUM_CANDIDATES))));
            }
            case 3 -> {
                String name = pick(List.of("channel", "clientId", "action"));
                properties.removeIf(e -> e.getKey().equals(name));
                return Input.text("without " + name, "required", render(properties));
            }
            case 4 -> {
                String name = pick(LOOK_ALIKE_NAMES);
                properties.add(
                        random.nextInt(properties.size() + 1),
                        Map.entry(name.replace("\u0000", "\\u0000"), pick(WRONG_VALUES)));
                return Input.text("look-alike name", "additionalProperties", render(properties));
            }
            case 5 -> {
                String name = pick(NAMES);
                String value = random.nextBoolean() ? pick(WRONG_VALUES) : "\"x\"";
                properties.add(random.nextInt(properties.size() + 1), Map.entry(name, value));
                return Input.text("duplicate " + name, "syntax", render(properties));
            }
            case 6 -> {
                return Input.text("hostile data", "limit", render(replace(properties, "data", pick(HOSTILE_DATA))));
            }
            case 7 -> {
                int depth = random.nextInt(60, 70);
                String nested = "{\"k\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
                return Input.text("data nested " + depth, "limit", render(replace(properties, "data", nested)));
            }
            case 8 -> {
                return Input.text("root", "type", pick(ROOTS));
            }
            case 9 -> {
                return bytes(render(properties));
            }
            case 10 -> {
                return Input.text("every property", "properties", render(everyProperty(properties)));
            }
            default -> {
                Mutant mutant = documents.mutate(properties);
                return Input.text(mutant.kind(), "generator", mutant.text());
            }
        }
    }

    /** Byte-level damage the strict UTF-8 decoder must catch before any parser sees it. */
    private Input bytes(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        int at = random.nextInt(utf8.length + 1);
        byte[][] inserts = {
            {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            {0},
            {(byte) 0xC0, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
            {(byte) 0xFF},
            {(byte) 0xC3},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xC3, (byte) 0xA9}
        };
        int which = random.nextInt(inserts.length + 1);
        if (which == inserts.length) {
            byte[] utf16 = text.getBytes(random.nextBoolean() ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            return new Input("UTF-16 input", "syntax", null, utf16);
        }
        int where = which == 0 && random.nextBoolean() ? 0 : at;
        byte[] insert = inserts[which];
        byte[] damaged = new byte[utf8.length + insert.length];
        System.arraycopy(utf8, 0, damaged, 0, where);
        System.arraycopy(insert, 0, damaged, where, insert.length);
        System.arraycopy(utf8, where, damaged, where + insert.length, utf8.length - where);
        return new Input("bytes inserted " + which, "syntax", null, damaged);
    }

    private List<Map.Entry<String, String>> everyProperty(List<Map.Entry<String, String>> properties) {
        List<Map.Entry<String, String>> all = new ArrayList<>(properties);
        for (String name : NAMES) {
            if (all.stream().noneMatch(e -> e.getKey().equals(name))) {
                all.add(Map.entry(
                        name,
                        switch (name) {
                            case "data" -> "{\"k\":[1,{\"x\":null}]}";
                            case "since", "occurredAt" -> quote(pick(DATE_TIME_EDGES.subList(0, 4)));
                            default -> "\"v\"";
                        }));
            }
        }
        return all;
    }

    private List<Map.Entry<String, String>> replace(
            List<Map.Entry<String, String>> properties, String name, String value) {
        List<Map.Entry<String, String>> replaced = new ArrayList<>(properties);
        replaced.removeIf(e -> e.getKey().equals(name));
        replaced.add(random.nextInt(replaced.size() + 1), Map.entry(name, value));
        return replaced;
    }

    private String render(List<Map.Entry<String, String>> properties) {
        return documents.render(properties);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
