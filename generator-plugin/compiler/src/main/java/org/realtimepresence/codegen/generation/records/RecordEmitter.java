// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation.records;

import com.sun.codemodel.ClassType;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JMod;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns the object classes of a finished code model into records. codemodel predates records, so
 * the classes are taken out of the model before it is written (it still writes the enums, the union
 * interfaces and the wrappers of non-object roots) and their sources are written beside them.
 */
public final class RecordEmitter {

    /** A constructor takes at most 255 parameter slots, one of which is {@code this}. */
    private static final int MAX_COMPONENTS = 254;

    private final Map<String, String> sources;

    private RecordEmitter(Map<String, String> sources) {
        this.sources = sources;
    }

    /**
     * Takes every object class out of the model and renders it as a record.
     *
     * @param classes every class of the model, nested ones included, in the model's order
     * @param hints what the property rule reported about JSON names and inline schemas
     * @param header the lines of the comment at the top of every file
     * @param warnings receives one message per object class that cannot be a record and stays a bean
     */
    public static RecordEmitter take(
            List<JDefinedClass> classes, RecordHints hints, String header, Consumer<String> warnings) {
        Set<JDefinedClass> records = new LinkedHashSet<>();
        for (JDefinedClass clazz : classes) {
            if (clazz.getClassType() == ClassType.CLASS
                    && clazz.outer() == null
                    && !clazz.constructors().hasNext()
                    && (clazz.mods().getValue() & JMod.ABSTRACT) == 0) {
                long components = clazz.fields().values().stream()
                        .filter(field -> (field.mods().getValue() & JMod.STATIC) == 0)
                        .count();
                if (components > MAX_COMPONENTS) {
                    warnings.accept(clazz.fullName() + " has " + components + " properties, more than the "
                            + MAX_COMPONENTS + " parameters a Java constructor can take: it is generated as a bean.");
                } else {
                    records.add(clazz);
                }
            }
        }
        Layout layout = new Layout(classes, records, hints);
        String comment = comment(header);
        Map<String, String> sources = new LinkedHashMap<>();
        for (JDefinedClass record : records) {
            if (layout.enclosing(record) == null) {
                sources.put(
                        record.fullName().replace('.', '/') + ".java",
                        RecordSource.file(record, layout, hints, comment));
            }
        }
        records.forEach(record -> record._package().remove(record));
        return new RecordEmitter(sources);
    }

    /** Writes the record sources below {@code outputDirectory}. */
    public void write(Path outputDirectory) throws IOException {
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = outputDirectory.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static String comment(String header) {
        StringBuilder comment = new StringBuilder("//\n");
        header.lines().forEach(line -> comment.append("// ").append(line).append('\n'));
        return comment.append("//\n\n").toString();
    }
}
