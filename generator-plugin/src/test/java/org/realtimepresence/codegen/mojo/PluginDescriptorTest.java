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

    private static Element mojo;
    private static final Map<String, Element> PARAMETERS = new LinkedHashMap<>();
    private static final Map<String, Element> CONFIGURATION = new LinkedHashMap<>();

    @BeforeAll
    static void readDescriptor() throws Exception {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = document.getElementsByTagName("mojo");
        assertThat(mojos.getLength()).isEqualTo(1);
        mojo = (Element) mojos.item(0);
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int i = 0; i < parameters.getLength(); i++) {
            Element parameter = (Element) parameters.item(i);
            if (text(parameter, "editable").equals("true")) {
                PARAMETERS.put(text(parameter, "name"), parameter);
            }
        }
        NodeList configuration = ((Element) mojo.getElementsByTagName("configuration").item(0)).getChildNodes();
        for (int i = 0; i < configuration.getLength(); i++) {
            if (configuration.item(i) instanceof Element element) {
                CONFIGURATION.put(element.getTagName(), element);
            }
        }
    }

    @Test
    void goalIsGenerateBoundToGenerateSourcesAndThreadSafe() {
        assertThat(text(mojo, "goal")).isEqualTo("generate");
        assertThat(text(mojo, "phase")).isEqualTo("generate-sources");
        assertThat(text(mojo, "threadSafe")).isEqualTo("true");
    }

    @Test
    void userParametersAreExactlyTheDocumentedOnes() {
        assertThat(PARAMETERS).containsOnlyKeys("sourceDirectory", "includes", "excludes", "targetPackage",
                "outputDirectory", "resourcesOutputDirectory", "failOnUnknownKeywords", "skip");
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
        assertThat(defaultOf("outputDirectory")).isEqualTo("${project.build.directory}/generated-sources/schema-codegen");
        assertThat(defaultOf("resourcesOutputDirectory"))
                .isEqualTo("${project.build.directory}/generated-resources/schema-codegen");
        assertThat(defaultOf("failOnUnknownKeywords")).isEqualTo("false");
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
