// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.incremental;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.output.AtomicFiles;

/**
 * The record of the last successful run: its fingerprint, the types it wrote and the warnings it
 * logged. It is removed when a run starts generating and written again only once that run has
 * succeeded, so a failed run is never mistaken for an up-to-date one.
 *
 * <p>The warnings are kept so that an up-to-date run can repeat them: a typo such as
 * {@code "minimun"} is reported on every build until it is fixed, not only on the build that
 * happened to regenerate.
 *
 * <p>The file has one entry per line after the format line and the fingerprint: {@code type <name>}
 * or {@code warning <message>}, with backslash, line feed and carriage return escaped as
 * {@code \\}, {@code \n} and {@code \r}. A file in any other format reads as no cache, which only
 * costs a rebuild.
 */
public final class BuildCache {

    private static final String FORMAT = "schema-codegen-cache 2";
    private static final String TYPE = "type ";
    private static final String WARNING = "warning ";

    private final Path file;

    public BuildCache(Path file) {
        this.file = file;
    }

    /**
     * What the last successful run recorded.
     *
     * @param fingerprint the {@link InputFingerprint} of its inputs
     * @param types the fully qualified root types it wrote
     * @param warnings every warning it logged, in order
     */
    public record Entry(String fingerprint, List<String> types, List<String> warnings) {

        public Entry {
            types = List.copyOf(types);
            warnings = List.copyOf(warnings);
        }
    }

    /** The recorded entry, or empty when there is none or it cannot be read. */
    public Optional<Entry> read() {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(FORMAT)) {
                return Optional.empty();
            }
            List<String> types = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                if (line.startsWith(TYPE)) {
                    types.add(line.substring(TYPE.length()));
                } else if (line.startsWith(WARNING)) {
                    warnings.add(unescape(line.substring(WARNING.length())));
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new Entry(lines.get(1), types, warnings));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // an unreadable cache only costs a rebuild
        }
    }

    /** Forgets the last run, before outputs are touched. */
    public void invalidate() throws CodegenException {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new CodegenException("Cannot remove the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Records a successful run; the file is replaced in one step. */
    public void write(Entry entry) throws CodegenException {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add(entry.fingerprint());
        entry.types().forEach(type -> lines.add(TYPE + type));
        entry.warnings().forEach(warning -> lines.add(WARNING + escape(warning)));
        try {
            AtomicFiles.replace(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CodegenException("Cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The inverse of {@link #escape}; a stray backslash means a damaged file. */
    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = ++i < text.length() ? text.charAt(i) : '?';
            switch (next) {
                case '\\' -> out.append('\\');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("Bad escape in the build cache");
            }
        }
        return out.toString();
    }
}
