// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The union interfaces of a run and the branch classes each permits. codemodel predates sealed
 * types, so the interfaces are written as plain interfaces and this turns each into a
 * {@code sealed interface ... permits ...} once the files are on disk. Only interfaces whose branches
 * all sit in the interface's own package are sealed, as the Java language requires outside modules.
 */
final class SealedUnions {

    private final Map<String, List<String>> permits = new LinkedHashMap<>();

    /** {@code iface} (fully qualified) permits the classes with these simple names, in its own package. */
    void seal(String iface, List<String> simpleNames) {
        permits.put(iface, List.copyOf(simpleNames));
    }

    void apply(Path outputDirectory) throws IOException {
        for (Map.Entry<String, List<String>> union : permits.entrySet()) {
            String name = union.getKey();
            Path file = outputDirectory.resolve(name.replace('.', '/') + ".java");
            String simple = name.substring(name.lastIndexOf('.') + 1);
            String source = Files.readString(file, StandardCharsets.UTF_8);
            Matcher declaration = Pattern.compile("public interface " + Pattern.quote(simple) + "\\s*\\{")
                    .matcher(source);
            if (!declaration.find()) {
                throw new IOException("Cannot find the declaration of interface " + simple + " in " + file);
            }
            String sealed =
                    "public sealed interface " + simple + " permits " + String.join(", ", union.getValue()) + " {";
            Files.writeString(
                    file,
                    source.substring(0, declaration.start()) + sealed + source.substring(declaration.end()),
                    StandardCharsets.UTF_8);
        }
    }
}
