package org.realtimepresence.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded generator of presence documents as raw JSON text: valid ones across every field, action and RFC 3339
 * form the round trip keeps exactly, and mutations of them that break one rule each.
 */
final class PresenceDocumentGenerator {

    /** A mutated document, and the keyword it must be reported with (null when it may stay valid). */
    record Mutant(String kind, String text, String expectedKeyword) {
    }

    private static final String[] ACTIONS = {"enter", "leave", "update", "present", "absent"};
    private static final String[] OPTIONAL = {"connectionId", "data", "since", "occurredAt"};

    private final SplittableRandom random;

    PresenceDocumentGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Top-level properties in a random order, each mapped to its raw JSON value. */
    List<Map.Entry<String, String>> validProperties() {
        List<Map.Entry<String, String>> properties = new ArrayList<>();
        properties.add(Map.entry("channel", string()));
        properties.add(Map.entry("clientId", string()));
        properties.add(Map.entry("action", quote(ACTIONS[random.nextInt(ACTIONS.length)])));
        for (String optional : OPTIONAL) {
            if (random.nextBoolean()) {
                properties.add(Map.entry(optional, switch (optional) {
                    case "data" -> object(0);
                    case "since", "occurredAt" -> quote(dateTime());
                    default -> string();
                }));
            }
        }
        for (int i = properties.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Map.Entry<String, String> swap = properties.get(i);
            properties.set(i, properties.get(j));
            properties.set(j, swap);
        }
        return properties;
    }

    String render(List<Map.Entry<String, String>> properties) {
        StringBuilder json = new StringBuilder().append(space()).append('{');
        for (int i = 0; i < properties.size(); i++) {
            json.append(i == 0 ? "" : ",").append(space()).append(quote(properties.get(i).getKey()))
                    .append(space()).append(':').append(space()).append(properties.get(i).getValue()).append(space());
        }
        return json.append('}').append(space()).toString();
    }

    Mutant mutate(List<Map.Entry<String, String>> valid) {
        List<Map.Entry<String, String>> properties = new ArrayList<>(valid);
        int kind = random.nextInt(11);
        switch (kind) {
            case 0 -> {
                String required = List.of("channel", "clientId", "action").get(random.nextInt(3));
                properties.removeIf(e -> e.getKey().equals(required));
                return new Mutant("drop " + required, render(properties), "required");
            }
            case 1 -> {
                properties.add(random.nextInt(properties.size() + 1), Map.entry("x" + word(), scalar()));
                return new Mutant("unknown property", render(properties), "additionalProperties");
            }
            case 2 -> {
                int at = random.nextInt(properties.size());
                String wrong = List.of("5", "true", "null", "[]", "{}", "1.5").get(random.nextInt(6));
                String name = properties.get(at).getKey();
                if (name.equals("data")) {
                    wrong = List.of("5", "true", "null", "[]", "\"{}\"").get(random.nextInt(5));
                }
                properties.set(at, Map.entry(name, wrong));
                return new Mutant("wrong type for " + name, render(properties), "type");
            }
            case 3 -> {
                String action = ACTIONS[random.nextInt(ACTIONS.length)];
                String wrong = random.nextBoolean() ? action.toUpperCase(java.util.Locale.ROOT)
                        : action.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + action.substring(1);
                properties.replaceAll(e -> e.getKey().equals("action") ? Map.entry("action", quote(wrong)) : e);
                return new Mutant("action case", render(properties), "enum");
            }
            case 4 -> {
                String date = dateTime();
                String broken = switch (random.nextInt(5)) {
                    case 0 -> date.substring(0, 19);
                    case 1 -> date.substring(0, 10) + " " + date.substring(11);
                    case 2 -> "yesterday";
                    case 3 -> date.substring(0, 5) + "13" + date.substring(7);
                    default -> date.substring(0, 11) + "25" + date.substring(13);
                };
                String field = random.nextBoolean() ? "since" : "occurredAt";
                properties.removeIf(e -> e.getKey().equals(field));
                properties.add(Map.entry(field, quote(broken)));
                return new Mutant("broken " + field, render(properties), "format");
            }
            case 5 -> {
                int at = random.nextInt(properties.size());
                properties.add(random.nextInt(properties.size() + 1), properties.get(at));
                return new Mutant("duplicate key", render(properties), "syntax");
            }
            case 6 -> {
                return new Mutant("trailing garbage", render(properties) + List.of("x", "{}", ",", "]", "\"").get(random.nextInt(5)), "syntax");
            }
            case 7 -> {
                String text = render(properties);
                return new Mutant("truncated", text.substring(0, random.nextInt(text.length())), null);
            }
            case 8 -> {
                char[] text = render(properties).toCharArray();
                int at = random.nextInt(text.length);
                while (Character.isSurrogate(text[at])) {
                    at = random.nextInt(text.length); // keep the text valid UTF-16, so its UTF-8 bytes say the same
                }
                text[at] = "{}[]\":,x0 \\".charAt(random.nextInt(11));
                return new Mutant("character replaced", new String(text), null);
            }
            case 9 -> {
                properties.removeIf(e -> e.getKey().equals("data"));
                properties.add(Map.entry("data", "{\"k\":" + "[".repeat(70) + "]".repeat(70) + "}"));
                return new Mutant("data too deep", render(properties), "limit");
            }
            default -> {
                String text = render(properties);
                int cut = random.nextInt(text.length() + 1);
                return new Mutant("inserted", text.substring(0, cut) + scalar() + text.substring(cut), null);
            }
        }
    }

    /** RFC 3339 forms that bind without normalisation: lowercase t/z, 0-9 fraction digits, offsets to +-18:00. */
    private String dateTime() {
        LocalDate date = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2200, 1, 1).toEpochDay()));
        StringBuilder text = new StringBuilder(date.toString()).append(random.nextInt(4) == 0 ? 't' : 'T')
                .append(String.format("%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60)));
        int fractionDigits = random.nextInt(10);
        if (fractionDigits > 0) {
            text.append('.');
            for (int i = 0; i < fractionDigits; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
        }
        int offset = random.nextInt(4);
        if (offset == 0) {
            return text.append(random.nextBoolean() ? 'Z' : 'z').toString();
        }
        int minutes = random.nextInt(18 * 60 + 1);
        char sign = minutes == 0 || random.nextBoolean() ? '+' : '-';
        return text.append(sign).append(String.format("%02d:%02d", minutes / 60, minutes % 60)).toString();
    }

    private String object(int depth) {
        int size = random.nextInt(depth == 0 ? 6 : 4);
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            String key = word() + i;
            json.append(i == 0 ? "" : ",").append(quote(key)).append(':').append(value(depth + 1));
        }
        return json.append('}').toString();
    }

    private String value(int depth) {
        int choice = random.nextInt(depth > 3 ? 6 : 8);
        if (choice == 6) {
            return object(depth);
        }
        if (choice == 7) {
            StringBuilder array = new StringBuilder("[");
            int size = random.nextInt(4);
            for (int i = 0; i < size; i++) {
                array.append(i == 0 ? "" : ",").append(value(depth + 1));
            }
            return array.append(']').toString();
        }
        return scalar();
    }

    private String scalar() {
        return switch (random.nextInt(8)) {
            case 0 -> string();
            case 1 -> Integer.toString(random.nextInt());
            case 2 -> Long.toString(random.nextLong());
            case 3 -> new BigInteger(96, new java.util.Random(random.nextLong())).negate().toString();
            case 4 -> new BigDecimal(new BigInteger(80, new java.util.Random(random.nextLong())), random.nextInt(-5, 40)).toString();
            case 5 -> random.nextBoolean() ? "true" : "false";
            case 6 -> "null";
            default -> Double.toString(random.nextDouble() * 1e6);
        };
    }

    private String string() {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(10)) {
                case 0 -> text.append("\\\"");
                case 1 -> text.append("\\\\");
                case 2 -> text.append("\\u00e9");
                case 3 -> text.append("\\n");
                case 4 -> text.append('\u00fc');
                case 5 -> text.append("\ud83d\ude00");
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return "\"" + text + "\"";
    }

    private String word() {
        return Integer.toString(random.nextInt(1 << 20), 36);
    }

    private String space() {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n\t";
            default -> "";
        };
    }

    private static String quote(String text) {
        return "\"" + text + "\"";
    }
}
