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
 * The record of the last successful run: its fingerprint and the types it wrote. It is removed when
 * a run starts generating and written again only once that run has succeeded, so a failed run is
 * never mistaken for an up-to-date one.
 */
public final class BuildCache {

    private static final String FORMAT = "schema-codegen-cache 1";

    private final Path file;

    public BuildCache(Path file) {
        this.file = file;
    }

    /** What the last successful run recorded. */
    public record Entry(String fingerprint, List<String> types) {

        public Entry {
            types = List.copyOf(types);
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
            return Optional.of(new Entry(lines.get(1), lines.subList(2, lines.size())));
        } catch (IOException e) {
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
        lines.addAll(entry.types());
        try {
            AtomicFiles.replace(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CodegenException("Cannot write the build cache " + file + ": " + e.getMessage(), e);
        }
    }
}
