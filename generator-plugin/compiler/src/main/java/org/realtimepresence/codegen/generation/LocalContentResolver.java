// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.codegen.generation;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.jsonschema2pojo.ContentResolver;
import org.jsonschema2pojo.exception.GenerationException;

/**
 * jsonschema2pojo's resolver, limited to local files. The reference checker refuses remote
 * {@code $ref}s before generation; this is the second lock, for references jsonschema2pojo follows
 * that no draft 2020-12 keyword declares (its own {@code extends}, say): the build never reaches the
 * network. Each document it reads gets the properties of its {@code allOf}s merged in
 * ({@link AllOfMerger}) before any rule sees it.
 */
final class LocalContentResolver extends ContentResolver {

    @Override
    public JsonNode resolve(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            throw new GenerationException("Refused to fetch " + uri
                    + ": only files below the schema source directory are read, the build never reaches the network");
        }
        JsonNode document = super.resolve(uri);
        AllOfMerger.mergeAll(document);
        return document;
    }
}
