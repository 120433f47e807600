// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.compat;

import java.nio.file.Path;
import java.util.Objects;

/** Where the schemas to compare with come from. */
public sealed interface Baseline {

    /** For the report and messages. */
    String describe();

    /** A directory of schemas, matched to the new ones by relative path. */
    record Directory(Path path) implements Baseline {
        public Directory {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String describe() {
            return "directory " + path.toAbsolutePath().normalize();
        }
    }

    /**
     * A jar built by the {@code generate} goal, which packages each schema below the target
     * package's directory.
     *
     * @param jar the resolved file
     * @param coordinates {@code groupId:artifactId:version}, for messages
     * @param targetPackage the package the schemas were generated into
     */
    record Jar(Path jar, String coordinates, String targetPackage) implements Baseline {
        public Jar {
            Objects.requireNonNull(jar, "jar");
            Objects.requireNonNull(coordinates, "coordinates");
            Objects.requireNonNull(targetPackage, "targetPackage");
        }

        @Override
        public String describe() {
            return "artifact " + coordinates;
        }
    }

    /** No baseline could be found; {@code reason} says why and what to do. */
    record Missing(String reason) implements Baseline {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String describe() {
            return "no baseline";
        }
    }
}
