// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.realtimepresence.codegen.generation.GeneratedType;
import org.realtimepresence.codegen.generation.JavaTypeGenerator;
import org.realtimepresence.codegen.incremental.BuildCache;
import org.realtimepresence.codegen.incremental.InputFingerprint;
import org.realtimepresence.codegen.output.StagedDirectory;
import org.realtimepresence.codegen.schema.KeywordCoverage;
import org.realtimepresence.codegen.schema.ReferenceChecker;
import org.realtimepresence.codegen.schema.SchemaFile;
import org.realtimepresence.codegen.schema.SchemaReader;
import org.realtimepresence.codegen.schema.SchemaSources;

/**
 * One generation run: select and check the schemas, skip when the fingerprint matches the last
 * successful run, otherwise generate sources and package the schemas into staging directories and
 * swap them in whole.
 */
public final class SchemaCodegen {

    private final SchemaReader reader = new SchemaReader();

    public CodegenResult run(CodegenRequest request, CodegenLog log) throws CodegenException {
        long started = System.nanoTime();
        requireSeparateOutputs(request);
        List<SchemaFile> schemas = readSchemas(request);
        Map<String, SchemaFile> withReferences = new ReferenceChecker(request.sourceDirectory(), reader).check(schemas);
        String fingerprint = InputFingerprint.of(withReferences.values(), request.effectiveConfiguration());

        BuildCache cache = new BuildCache(request.cacheFile());
        Optional<BuildCache.Entry> last = cache.read();
        if (last.isPresent()
                && last.get().fingerprint().equals(fingerprint)
                && outputsExist(request, last.get().types(), withReferences.values())) {
            log.info("Types are up to date: " + count(last.get().types().size(), "type") + " from "
                    + count(schemas.size(), "schema") + ", nothing written.");
            last.get().warnings().forEach(log::warn); // still true of the unchanged inputs
            return new CodegenResult(true, schemas.size(), last.get().types());
        }
        List<String> warnings = new ArrayList<>();
        CodegenLog runLog = CodegenLog.keepingWarnings(log, warnings);
        if (schemas.isEmpty()) {
            runLog.warn("No schema matched " + request.includes() + " in " + request.sourceDirectory()
                    + "; the generated outputs are emptied.");
        }
        reportCoverage(schemas, request.failOnUnknownKeywords(), runLog);

        cache.invalidate();
        List<GeneratedType> types = generate(request, schemas, withReferences, log);
        List<String> names = types.stream().map(GeneratedType::className).toList();
        cache.write(new BuildCache.Entry(fingerprint, names, warnings));
        runLog.info("Generated " + count(names.size(), "type") + " from " + count(schemas.size(), "schema") + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms.");
        return new CodegenResult(false, schemas.size(), names);
    }

    private List<SchemaFile> readSchemas(CodegenRequest request) throws CodegenException {
        List<SchemaFile> schemas = new ArrayList<>();
        for (String relative : SchemaSources.scan(request.sourceDirectory(), request.includes(), request.excludes())) {
            schemas.add(reader.read(relative, request.sourceDirectory().resolve(relative)));
        }
        return schemas;
    }

    private static void reportCoverage(List<SchemaFile> schemas, boolean failOnUnknown, CodegenLog log)
            throws CodegenException {
        List<String> unknown = new ArrayList<>();
        for (SchemaFile schema : schemas) {
            KeywordCoverage.Report report = KeywordCoverage.of(schema);
            log.info(report.summaryLine());
            for (KeywordCoverage.UnknownKeyword keyword : report.unknown()) {
                String message = schema.path() + "#" + keyword.pointer() + ": unknown keyword \"" + keyword.keyword()
                        + "\" belongs to no " + report.draft().label()
                        + " vocabulary; neither the types nor the validator enforce it.";
                unknown.add(message);
                if (!failOnUnknown) {
                    log.warn(message);
                }
            }
        }
        if (failOnUnknown && !unknown.isEmpty()) {
            throw new CodegenException(String.join("\n", unknown)
                    + "\nRemove or rename these keywords, or set failOnUnknownKeywords to false to only warn.");
        }
    }

    private List<GeneratedType> generate(
            CodegenRequest request, List<SchemaFile> schemas, Map<String, SchemaFile> withReferences, CodegenLog log)
            throws CodegenException {
        StagedDirectory sources = StagedDirectory.next(request.outputDirectory());
        StagedDirectory resources = StagedDirectory.next(request.resourcesOutputDirectory());
        try {
            List<GeneratedType> types = new JavaTypeGenerator(request.useDoubleNumbers(), request.typeStyle())
                    .generate(schemas, request.targetPackage(), sources.path(), request.generateCodec(), log::warn);
            packageSchemas(withReferences.values(), request.targetPackage(), resources.path());
            sources.commit();
            resources.commit();
            return types;
        } finally {
            sources.discard();
            resources.discard();
        }
    }

    private static void packageSchemas(Iterable<SchemaFile> schemas, String targetPackage, Path root)
            throws CodegenException {
        for (SchemaFile schema : schemas) {
            Path target = root.resolve(JavaTypeGenerator.resourcePath(targetPackage, schema));
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, schema.content());
            } catch (IOException e) {
                throw new CodegenException(
                        "Cannot package " + schema.path() + " as " + target + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Each output directory is replaced whole, so they must not overlap each other or the schemas:
     * otherwise one run would delete what the other wrote, or the sources themselves.
     */
    private static void requireSeparateOutputs(CodegenRequest request) throws CodegenException {
        Path sources = request.outputDirectory().toAbsolutePath().normalize();
        Path resources = request.resourcesOutputDirectory().toAbsolutePath().normalize();
        Path schemas = request.sourceDirectory().toAbsolutePath().normalize();
        if (sources.startsWith(resources) || resources.startsWith(sources)) {
            throw new CodegenException("outputDirectory (" + sources + ") and resourcesOutputDirectory (" + resources
                    + ") overlap; each is replaced whole on every run, so give them separate directories.");
        }
        for (Path output : List.of(sources, resources)) {
            if (schemas.startsWith(output) || output.startsWith(schemas)) {
                throw new CodegenException("The output directory " + output + " overlaps the schema source directory "
                        + schemas + "; outputs are replaced whole on every run, so keep them apart.");
            }
        }
    }

    /**
     * Whether every file the last run wrote is still there: a matching fingerprint alone would leave
     * a build broken after someone deleted one generated file by hand.
     */
    private static boolean outputsExist(CodegenRequest request, List<String> types, Collection<SchemaFile> packaged) {
        if (!Files.isDirectory(request.outputDirectory()) || !Files.isDirectory(request.resourcesOutputDirectory())) {
            return false;
        }
        for (String type : types) {
            if (!Files.isRegularFile(sourceFile(request, type))
                    || (request.generateCodec()
                            && !Files.isRegularFile(sourceFile(request, JavaTypeGenerator.codecName(type))))) {
                return false;
            }
        }
        for (SchemaFile schema : packaged) {
            Path resource = request.resourcesOutputDirectory()
                    .resolve(JavaTypeGenerator.resourcePath(request.targetPackage(), schema));
            if (!Files.isRegularFile(resource)) {
                return false;
            }
        }
        return true;
    }

    private static Path sourceFile(CodegenRequest request, String className) {
        return request.outputDirectory().resolve(className.replace('.', '/') + ".java");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
