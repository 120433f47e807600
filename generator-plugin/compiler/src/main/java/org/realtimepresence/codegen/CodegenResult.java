// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen;

import java.util.List;

/**
 * What a run did.
 *
 * @param upToDate true when nothing changed and nothing was written
 * @param schemaCount how many schema files were selected
 * @param types the fully qualified root types, generated now or by the run that is still current
 */
public record CodegenResult(boolean upToDate, int schemaCount, List<String> types) {

    public CodegenResult {
        types = List.copyOf(types);
    }
}
