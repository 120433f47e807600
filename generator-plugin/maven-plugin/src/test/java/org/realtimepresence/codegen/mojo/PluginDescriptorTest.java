// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.mojo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The goal as Maven users see it, read from the descriptor that maven-plugin-plugin writes before
 * the tests run: every user-facing parameter is documented, has a {@code schema-codegen.*} property
 * and a default, and the goal binds where the issue says.
 */
class PluginDescriptorTest {

    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private static final Map<String, Element> MOJOS = new LinkedHashMap<>();
    private static Element mojo;
    private static final Map<String, Element> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, Element> CONFIGURATION = new LinkedHashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Document document =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element element = (Element) mojos.item(i);
            MOJOS.put(text(element, "goal"), element);
        }
        assertThat(MOJOS).containsOnlyKeys("generate", "check-compatibility");
        mojo = MOJOS.get("generate");
        PARAMETERS.putAll(userParameters(mojo));
        CONFIGURATION.putAll(configuration(mojo));
    }

    @Test
    void checkCompatibilityBindsToVerifyAndDocumentsEveryParameter() {
        Element check = MOJOS.get("check-compatibility");
        assertThat(text(check, "phase")).isEqualTo("verify");
        assertThat(text(check, "threadSafe")).isEqualTo("true");
        Map<String, Element> configuration = configuration(check);
        userParameters(check).forEach((name, parameter) -> {
            assertThat(text(parameter, "description")).as(name).hasSizeGreaterThan(30);
            assertThat(text(parameter, "since")).as(name).isEqualTo("0.1.0");
            assertThat(configuration.get(name).getTextContent()).as(name).startsWith("${schema-codegen.");
        });
        assertThat(userParameters(check))
                .containsKeys(
                        "baselineDirectory",
                        "baselineArtifact",
                        "compatibility",
                        "failOnMissingBaseline",
                        "failOnUndecidable",
                        "skip");
        assertThat(configuration.get("compatibility").getAttribute("default-value"))
                .isEqualTo("FULL");
    }

    private static Map<String, Element> userParameters(Element mojo) {
        Map<String, Element> parameters = new LinkedHashMap<>();
        NodeList nodes = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element parameter = (Element) nodes.item(i);
            if (text(parameter, "editable").equals("true")) {
                parameters.put(text(parameter, "name"), parameter);
            }
        }
        return parameters;
    }

    private static Map<String, Element> configuration(Element mojo) {
        Map<String, Element> configuration = new LinkedHashMap<>();
        NodeList nodes = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element) {
                configuration.put(element.getTagName(), element);
            }
        }
        return configuration;
    }

    @Test
    void goalIsGenerateBoundToGenerateSourcesAndThreadSafe() {
        assertThat(text(mojo, "goal")).isEqualTo("generate");
        assertThat(text(mojo, "phase")).isEqualTo("generate-sources");
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
    }

    @Test
    void userParametersAreExactlyTheDocumentedOnes() {
        assertThat(PARAMETERS)
                .containsOnlyKeys(
                        "sourceDirectory",
                        "includes",
                        "excludes",
                        "targetPackage",
                        "outputDirectory",
                        "resourcesOutputDirectory",
                        "failOnUnknownKeywords",
                        "generateCodec",
                        "useDoubleNumbers",
                        "typeStyle",
                        "skip");
    }

    @Test
    void everyParameterHasJavadocSinceAndANamespacedProperty() {
        PARAMETERS.forEach((name, parameter) -> {
            assertThat(text(parameter, "description")).as(name).hasSizeGreaterThan(30);
            assertThat(text(parameter, "since")).as(name).isEqualTo("0.1.0");
            assertThat(CONFIGURATION.get(name).getTextContent()).as(name).isEqualTo("${schema-codegen." + name + "}");
        });
    }

    @Test
    void everyParameterHasADefaultExceptTheRequiredPackageAndTheOptionalExcludes() {
        assertThat(defaultOf("sourceDirectory")).isEqualTo("${project.basedir}/src/main/schemas");
        assertThat(defaultOf("includes")).isEqualTo("**/*.json");
        assertThat(defaultOf("outputDirectory"))
                .isEqualTo("${project.build.directory}/generated-sources/schema-codegen");
        assertThat(defaultOf("resourcesOutputDirectory"))
                .isEqualTo("${project.build.directory}/generated-resources/schema-codegen");
        assertThat(defaultOf("failOnUnknownKeywords")).isEqualTo("false");
        assertThat(defaultOf("generateCodec")).isEqualTo("true");
        assertThat(defaultOf("typeStyle")).isEqualTo("RECORD");
        assertThat(defaultOf("skip")).isEqualTo("false");
        assertThat(text(PARAMETERS.get("targetPackage"), "required")).isEqualTo("true");
        assertThat(defaultOf("excludes")).isEmpty();
        assertThat(text(PARAMETERS.get("excludes"), "description")).contains("None by default");
    }

    private static String defaultOf(String name) {
        return CONFIGURATION.get(name).getAttribute("default-value");
    }

    private static String text(Element parent, String child) {
        NodeList nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
