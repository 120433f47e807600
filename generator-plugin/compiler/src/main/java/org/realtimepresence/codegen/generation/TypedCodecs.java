// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.realtimepresence.codegen.CodegenException;

/**
 * Writes {@code XJson} beside every root type {@code X}: a final class of static methods that read, validate and
 * write {@code X} through the runtime's {@code SchemaCodec}, against the schema packaged beside {@code X}. Like
 * Avro's generated encoders and decoders, it spares every user the wiring of type, schema resource and limits.
 *
 * <p>The class is written as text rather than through the code model: its shape never depends on the schema, and
 * the code model would reorder its members and could not keep its Javadoc as written.
 */
final class TypedCodecs {

    /** Appended to the root type's simple name: {@code Order} gets {@code OrderJson}. */
    static final String SUFFIX = "Json";

    private static final String RUNTIME = "org.realtimepresence.runtime.";

    /** Every type the codec class names, in import order. */
    private static final List<String> IMPORTS = List.of(
            "java.io.InputStream",
            "java.util.List",
            "java.util.stream.Stream",
            "javax.annotation.processing.Generated",
            RUNTIME + "CodecLimits",
            RUNTIME + "Decoded",
            RUNTIME + "InvalidDocumentException",
            RUNTIME + "SchemaCodec",
            RUNTIME + "Violation");

    private TypedCodecs() {}

    /** The fully qualified name of the codec class of a root type. */
    static String codecName(String rootClassName) {
        return rootClassName + SUFFIX;
    }

    /**
     * Refuses a codec class whose name a schema type already has, naming both: one of them would overwrite the
     * other.
     *
     * @param roots the root types, each with the schema it came from
     */
    static void requireFreeNames(JCodeModel codeModel, List<GeneratedType> roots) throws CodegenException {
        Map<String, GeneratedType> rootsByName = roots.stream()
                .collect(Collectors.toMap(GeneratedType::className, Function.identity(), (a, b) -> a, TreeMap::new));
        for (GeneratedType root : roots) {
            String codec = codecName(root.className());
            JDefinedClass taken = codeModel._getClass(codec);
            if (taken != null) {
                GeneratedType owner = rootsByName.get(codec);
                String source = owner != null ? "the root type of " + owner.schema() : "a type generated from a schema";
                throw new CodegenException("The codec class " + codec + " for " + root.className() + " (from "
                        + root.schema() + ") has the same name as " + source + ", " + codec
                        + ". Rename one of the schemas or the inline type, or set generateCodec to false.");
            }
        }
    }

    /** Writes the codec class of every root type below {@code outputDirectory}. */
    static void write(List<GeneratedType> roots, Path outputDirectory) throws CodegenException {
        for (GeneratedType root : roots) {
            String codec = codecName(root.className());
            Path file = outputDirectory.resolve(codec.replace('.', '/') + ".java");
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, source(root.className()), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CodegenException("Cannot write " + codec + " to " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** The source of the codec class of {@code rootClassName}. */
    static String source(String rootClassName) {
        int dot = rootClassName.lastIndexOf('.');
        String packageName = rootClassName.substring(0, dot);
        String type = rootClassName.substring(dot + 1);
        String codec = type + SUFFIX;
        Names names = new Names(type, codec);
        StringBuilder imports = new StringBuilder();
        for (String imported : IMPORTS) {
            if (names.imports(imported)) {
                imports.append("import ").append(imported).append(";\n");
            }
        }
        return TEMPLATE.replace("${header}", header())
                .replace("${package}", packageName)
                .replace("${imports}", imports)
                .replace("${generator}", GeneratedMarkers.GENERATOR)
                .replace("${InputStream}", names.of("java.io.InputStream"))
                .replace("${List}", names.of("java.util.List"))
                .replace("${Stream}", names.of("java.util.stream.Stream"))
                .replace("${Generated}", names.of("javax.annotation.processing.Generated"))
                .replace("${CodecLimits}", names.of(RUNTIME + "CodecLimits"))
                .replace("${Decoded}", names.of(RUNTIME + "Decoded"))
                .replace("${InvalidDocumentException}", names.of(RUNTIME + "InvalidDocumentException"))
                .replace("${SchemaCodec}", names.of(RUNTIME + "SchemaCodec"))
                .replace("${Violation}", names.of(RUNTIME + "Violation"))
                .replace("${Codec}", codec)
                .replace("${Type}", type);
    }

    private static String header() {
        StringBuilder header = new StringBuilder("//\n");
        for (String line : GeneratedMarkers.HEADER.lines().toList()) {
            header.append("// ").append(line).append('\n');
        }
        return header.append("//\n").toString();
    }

    /**
     * How the codec class refers to each type: by its simple name through an import, or fully qualified when the
     * simple name is the root type's or the codec's own (a schema may well be called {@code list.json}).
     */
    private record Names(String type, String codec) {

        boolean imports(String qualified) {
            String simple = qualified.substring(qualified.lastIndexOf('.') + 1);
            return !simple.equals(type) && !simple.equals(codec);
        }

        String of(String qualified) {
            return imports(qualified) ? qualified.substring(qualified.lastIndexOf('.') + 1) : qualified;
        }
    }

    private static final String TEMPLATE =
            """
            ${header}
            package ${package};

            ${imports}
            /**
             * Reads, validates and writes {@link ${Type}} exactly as the JSON Schema it was generated from says. That
             * schema is packaged beside the type ({@link ${Type}#SCHEMA_RESOURCE}), so the checks and the types cannot
             * drift apart.
             *
             * <p>These methods use {@link ${CodecLimits}#DEFAULTS}: documents up to 1 MiB, 64 levels of nesting below
             * the root, at most 100 violations reported per document. {@link #withLimits} gives a codec with other
             * limits. The codec is thread-safe; the schema is loaded and compiled once, on first use.
             *
             * <p>{@code read} succeeds exactly when {@code validate} returns no violation. Both parse the input once,
             * check it against the schema, and bind it to {@link ${Type}} only when it is valid: nothing is coerced,
             * unknown properties of a closed object are refused, and numbers keep every digit. A {@link ${Violation}}
             * names where (a JSON Pointer), which keyword failed, and why.
             */
            @${Generated}("${generator}")
            public final class ${Codec} {

                private static volatile ${SchemaCodec}<${Type}> standard;

                private ${Codec}() {
                }

                /**
                 * The codec behind these methods, with the default limits; built on first use.
                 *
                 * @return the shared codec for {@link ${Type}}
                 * @throws IllegalArgumentException naming the type and the resource when the schema is not on the
                 *                                  class path of {@link ${Type}}
                 */
                public static ${SchemaCodec}<${Type}> codec() {
                    ${SchemaCodec}<${Type}> codec = standard;
                    if (codec == null) {
                        // Two threads may both build one; both are equal, so the race costs time, not correctness.
                        codec = ${SchemaCodec}.of(${Type}.class, ${Type}.SCHEMA_RESOURCE, ${CodecLimits}.DEFAULTS);
                        standard = codec;
                    }
                    return codec;
                }

                /**
                 * A codec for {@link ${Type}} with other limits, for example larger documents. Each call loads and
                 * compiles the schema, so build it once and share it.
                 *
                 * @param limits the limits to read and write under
                 * @return a new codec
                 */
                public static ${SchemaCodec}<${Type}> withLimits(${CodecLimits} limits) {
                    return ${SchemaCodec}.of(${Type}.class, ${Type}.SCHEMA_RESOURCE, limits);
                }

                /**
                 * Reads one document.
                 *
                 * @param json the JSON text of one document
                 * @return the value, only when the document is valid
                 * @throws ${InvalidDocumentException} with every violation (up to the cap), ordered by JSON Pointer,
                 *                                  when the document is invalid
                 */
                public static ${Type} read(String json) {
                    return codec().read(json);
                }

                /**
                 * Reads one document from UTF-8 bytes; anything that is not strict UTF-8 is a {@code syntax} violation.
                 *
                 * @param json the UTF-8 bytes of one document
                 * @return the value, only when the document is valid
                 * @throws ${InvalidDocumentException} with every violation when the document is invalid
                 */
                public static ${Type} read(byte[] json) {
                    return codec().read(json);
                }

                /**
                 * Reads one document from a UTF-8 stream. It reads at most the document limit plus one byte, so an
                 * endless stream is cut off rather than buffered, and it leaves the stream open.
                 *
                 * @param json a stream holding one document
                 * @return the value, only when the document is valid
                 * @throws ${InvalidDocumentException} with every violation when the document is invalid
                 */
                public static ${Type} read(${InputStream} json) {
                    return codec().read(json);
                }

                /**
                 * Checks one document without throwing.
                 *
                 * @param json the JSON text of one document
                 * @return every violation (up to the cap), ordered by JSON Pointer; empty when the document is valid
                 */
                public static ${List}<${Violation}> validate(String json) {
                    return codec().validate(json);
                }

                /**
                 * Checks one document of UTF-8 bytes without throwing.
                 *
                 * @param json the UTF-8 bytes of one document
                 * @return every violation, ordered by JSON Pointer; empty when the document is valid
                 */
                public static ${List}<${Violation}> validate(byte[] json) {
                    return codec().validate(json);
                }

                /**
                 * Checks a value as {@link #write} would write it: a missing required property, a value the schema
                 * refuses, or a document over the limits.
                 *
                 * @param value the value to check
                 * @return every violation, ordered by JSON Pointer; empty when {@link #write} will succeed
                 */
                public static ${List}<${Violation}> validate(${Type} value) {
                    return codec().validate(value);
                }

                /**
                 * Writes compact JSON, properties in schema order, absent values left out.
                 *
                 * @param value the value to write
                 * @return the JSON text
                 * @throws ${InvalidDocumentException} when the value violates the schema or would be over the limits:
                 *                                  nothing is written that {@link #read(String)} would refuse
                 */
                public static String write(${Type} value) {
                    return codec().write(value);
                }

                /**
                 * Reads every record of a UTF-8 stream, lazily: JSON Lines, one JSON object, a JSON array of records,
                 * or records one after another. Each result carries the line its record starts on and either the
                 * value or its violations; a malformed or oversized record is reported and reading goes on with the
                 * next one. Memory stays bounded by the document limit. The caller closes {@code records}.
                 *
                 * @param records a stream of records
                 * @return one result per record, in input order
                 */
                public static ${Stream}<${Decoded}<${Type}>> lines(${InputStream} records) {
                    return codec().lines(records);
                }
            }
            """;
}
