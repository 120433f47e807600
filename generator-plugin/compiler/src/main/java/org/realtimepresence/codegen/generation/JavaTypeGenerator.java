// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.codemodel.JClassAlreadyExistsException;
import com.sun.codemodel.JCodeModel;
import com.sun.codemodel.JDefinedClass;
import com.sun.codemodel.JPackage;
import com.sun.codemodel.JType;
import com.sun.codemodel.writer.PrologCodeWriter;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.lang.model.SourceVersion;
import org.jsonschema2pojo.CompositeAnnotator;
import org.jsonschema2pojo.FileCodeWriterWithEncoding;
import org.jsonschema2pojo.GenerationConfig;
import org.jsonschema2pojo.Jackson3Annotator;
import org.jsonschema2pojo.NoopRuleLogger;
import org.jsonschema2pojo.SchemaGenerator;
import org.jsonschema2pojo.SchemaMapper;
import org.jsonschema2pojo.SchemaStore;
import org.realtimepresence.codegen.CodegenException;
import org.realtimepresence.codegen.TypeStyle;
import org.realtimepresence.codegen.generation.records.RecordEmitter;
import org.realtimepresence.codegen.generation.records.RecordHints;
import org.realtimepresence.codegen.schema.SchemaFile;

/** Drives jsonschema2pojo-core through its API, one root type per schema file. */
public final class JavaTypeGenerator {

    private final GenerationConfig config;
    private final TypeStyle typeStyle;

    /**
     * @param useDoubleNumbers whether {@code type: number} is a {@code Double} rather than a {@code BigDecimal}
     * @param typeStyle whether object schemas become records or jsonschema2pojo's beans
     */
    public JavaTypeGenerator(boolean useDoubleNumbers, TypeStyle typeStyle) {
        this.config = new CodegenGenerationConfig(useDoubleNumbers);
        this.typeStyle = typeStyle;
    }

    /**
     * Generates the types of {@code schemas} into {@code outputDirectory}, reporting each construct
     * that has no Java type of its own (a union Jackson could not tell apart, say) to {@code warnings}.
     *
     * @param schemas the schema files, each of which gets a root type
     * @param targetPackage the package for files at the top of the source directory
     * @param outputDirectory an empty directory that receives the sources
     * @param generateCodec whether to write the {@code XJson} codec classes
     * @param warnings receives one message per such construct, naming the file and JSON Pointer
     * @return the root types, in schema order
     * @throws CodegenException when two schemas would generate the same class, a codec class would take a schema
     *                          type's name, or jsonschema2pojo fails
     */
    public List<GeneratedType> generate(
            List<SchemaFile> schemas,
            String targetPackage,
            Path outputDirectory,
            boolean generateCodec,
            Consumer<String> warnings)
            throws CodegenException {
        RootTypes rootTypes = new RootTypes();
        GenerationWarnings found = new GenerationWarnings();
        SealedUnions unions = new SealedUnions();
        RecordHints hints = new RecordHints();
        CompositeAnnotator annotator =
                new CompositeAnnotator(new Jackson3Annotator(config), new CodegenAnnotator(rootTypes));
        CodegenRuleFactory rules = new CodegenRuleFactory(
                config,
                annotator,
                new SchemaStore(new LocalContentResolver(), new NoopRuleLogger()),
                found,
                unions,
                hints);
        SchemaMapper mapper = new SchemaMapper(rules, new SchemaGenerator());
        JCodeModel codeModel = new JCodeModel();

        Map<String, SchemaFile> claimed = new LinkedHashMap<>();
        List<GeneratedType> generated = new ArrayList<>();
        for (SchemaFile schema : schemas) {
            String packageName = packageOf(targetPackage, schema);
            if (!SourceVersion.isName(packageName)) {
                throw new CodegenException("The directory of " + schema.path() + " gives the package " + packageName
                        + ", which is not a valid Java package name (a keyword or a segment starting with a digit)."
                        + " Rename the directory.");
            }
            JPackage jpackage = codeModel._package(packageName);
            String className = packageName + "."
                    + rules.getNameHelper().getClassName(schema.baseName(), toJackson2(schema), jpackage);
            SchemaFile earlier = claimed.putIfAbsent(className, schema);
            if (earlier != null) {
                throw new CodegenException("Two schemas generate the same class " + className + ": " + earlier.path()
                        + " and " + schema.path() + ". Rename one of the files, or move it to another directory.");
            }
            String resource = resourcePath(targetPackage, schema);
            rootTypes.expect(resource, className);
            JType type;
            try {
                type = mapper.generate(codeModel, schema.baseName(), packageName, urlOf(schema.path()));
            } catch (RuntimeException e) {
                throw new CodegenException("Cannot generate types from " + schema.path() + ": " + e.getMessage(), e);
            }
            found.drain().forEach(warnings);
            JDefinedClass root =
                    type instanceof JDefinedClass defined ? defined : wrap(jpackage, className, type, schema);
            if (!root.fullName().equals(className)) {
                // jsonschema2pojo renames a class whose name is taken (by a type of an earlier schema)
                // to X__1; a public type must not change name behind the user's back.
                throw new CodegenException("The root type of " + schema.path() + " should be " + className
                        + ", but a type generated from another schema already has that name, so jsonschema2pojo"
                        + " would call it " + root.fullName() + ". Rename the schema file, or give the other"
                        + " type a different property name or title.");
            }
            rootTypes.ensure(root, resource);
            generated.add(new GeneratedType(root.fullName(), schema.relativePath()));
        }
        if (generateCodec) {
            TypedCodecs.requireFreeNames(codeModel, generated);
        }
        GeneratedMarkers.apply(codeModel);
        RecordEmitter records = typeStyle == TypeStyle.RECORD
                ? RecordEmitter.take(GeneratedMarkers.allClasses(codeModel), hints, GeneratedMarkers.HEADER, warnings)
                : null;
        write(codeModel, outputDirectory);
        try {
            if (records != null) {
                records.write(outputDirectory);
            }
            unions.apply(outputDirectory);
        } catch (IOException e) {
            throw new CodegenException(
                    "Cannot write the records or seal the union types in " + outputDirectory + ": " + e.getMessage(),
                    e);
        }
        if (generateCodec) {
            TypedCodecs.write(generated, outputDirectory);
        }
        return generated;
    }

    /** The root type of a schema whose document is an array, a scalar or plain JSON. */
    private static JDefinedClass wrap(JPackage jpackage, String className, JType valueType, SchemaFile schema)
            throws CodegenException {
        String simpleName = className.substring(className.lastIndexOf('.') + 1);
        try {
            return RootWrapper.create(jpackage, simpleName, valueType.boxify(), schema.relativePath());
        } catch (JClassAlreadyExistsException e) {
            throw new CodegenException(
                    "The root type of " + schema.path() + " should be " + className
                            + ", but a type generated from another schema already has that name. Rename the schema file,"
                            + " or give the other type a different property name or title.",
                    e);
        }
    }

    /** The package of a schema: the target package plus one segment per sub-directory. */
    public static String packageOf(String targetPackage, SchemaFile schema) {
        String directory = schema.relativeDirectory();
        if (directory.isEmpty()) {
            return targetPackage;
        }
        StringBuilder name = new StringBuilder(targetPackage);
        for (String segment : directory.split("/", -1)) {
            name.append('.').append(segment.replaceAll("[^A-Za-z0-9_$]", "_"));
        }
        return name.toString();
    }

    /** The fully qualified name of the codec class written beside the root type {@code rootClassName}. */
    public static String codecName(String rootClassName) {
        return TypedCodecs.codecName(rootClassName);
    }

    /** Where a schema is packaged: under the target package, with its relative path kept. */
    public static String resourcePath(String targetPackage, SchemaFile schema) {
        return targetPackage.replace('.', '/') + "/" + schema.relativePath();
    }

    private void write(JCodeModel codeModel, Path outputDirectory) throws CodegenException {
        try {
            FileCodeWriterWithEncoding files =
                    new FileCodeWriterWithEncoding(outputDirectory.toFile(), config.getOutputEncoding());
            codeModel.build(new PrologCodeWriter(files, GeneratedMarkers.HEADER));
        } catch (IOException e) {
            throw new CodegenException(
                    "Cannot write generated sources to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode toJackson2(SchemaFile schema) throws CodegenException {
        try {
            return new ObjectMapper().readTree(schema.content());
        } catch (IOException e) {
            throw new CodegenException("Cannot read " + schema.path() + ": " + e.getMessage(), e);
        }
    }

    private static URL urlOf(Path path) throws CodegenException {
        try {
            return path.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new CodegenException("Cannot address " + path + ": " + e.getMessage(), e);
        }
    }
}
