// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code --version} of both tools: the tool's name and the project version, which the build writes into
 * {@code version.properties} beside this class. One source, so the two jars cannot disagree.
 */
public final class ToolVersion implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    @Spec
    CommandSpec spec;

    @Override
    public String[] getVersion() {
        return new String[] {spec.qualifiedName() + " " + projectVersion()};
    }

    /** The project version this jar was built as, for example {@code 0.1.0}. */
    public static String projectVersion() {
        try (InputStream in = ToolVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing beside " + ToolVersion.class.getName());
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
