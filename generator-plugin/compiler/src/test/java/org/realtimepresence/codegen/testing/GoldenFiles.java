// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Golden files under {@code src/test/resources/golden}, compared byte for byte. With
 * {@code -Dgolden.update=true} the golden file is rewritten from the generated one and the test
 * fails on purpose: an update is reviewed and checked by a second run, never a silent pass.
 */
public final class GoldenFiles {

    private GoldenFiles() {}

    /** Asserts that {@code generated} has exactly the bytes of {@code golden}, or updates it and fails. */
    public static void assertMatches(Path generated, Path golden) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            boolean changed = !Files.exists(golden) || Files.mismatch(generated, golden) != -1;
            Files.copy(generated, golden, StandardCopyOption.REPLACE_EXISTING);
            fail("-Dgolden.update=true "
                    + (changed
                            ? "updated " + golden + ": review the diff, then"
                            : "found " + golden + " already up to date:")
                    + " rerun without -Dgolden.update for a pass.");
        }
        assertThat(generated)
                .as("generated " + generated.getFileName() + " against " + golden
                        + " (after an intended change, rerun with -Dgolden.update=true and review the diff)")
                .hasSameBinaryContentAs(golden);
    }
}
