// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.runtime.internal.validation;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.resource.InputStreamSource;
import com.networknt.schema.resource.SchemaIdResolver;
import com.networknt.schema.resource.SchemaLoader;
import java.io.FileNotFoundException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Predicate;

/**
 * Loads {@code classpath:} schemas through the class loader of the type being validated.
 *
 * <p>networknt looks up every {@code classpath:} IRI through the thread's context class loader before any
 * configured resource loader, so a type in an isolated class loader (a Maven plugin, an application server, a
 * test's own loader) would not find the schema packaged beside it. This loader asks the type's class loader first
 * and falls back to networknt's own lookup only for what that loader does not hold, such as the meta-schemas
 * bundled with networknt when the type's loader cannot see them.
 */
final class TypeClassLoaderSchemaLoader extends SchemaLoader {

    private static final String CLASSPATH_SCHEME = "classpath:";

    private final ClassLoader classLoader;

    TypeClassLoaderSchemaLoader(
            ClassLoader classLoader, List<SchemaIdResolver> idResolvers, Predicate<AbsoluteIri> allow) {
        super(idResolvers, List.of(), allow, null);
        this.classLoader = classLoader;
    }

    @Override
    protected InputStreamSource getClasspathResource(AbsoluteIri iri) {
        String text = iri.toString();
        if (text.startsWith(CLASSPATH_SCHEME)) {
            String resource = stripLeadingSlashes(text.substring(CLASSPATH_SCHEME.length()));
            if (classLoader.getResource(resource) != null) {
                return () -> open(resource);
            }
        }
        return super.getClasspathResource(iri);
    }

    private InputStream open(String resource) throws FileNotFoundException {
        InputStream in = classLoader.getResourceAsStream(resource);
        if (in == null) {
            throw new FileNotFoundException(CLASSPATH_SCHEME + resource);
        }
        return in;
    }

    private static String stripLeadingSlashes(String path) {
        int start = 0;
        while (start < path.length() && path.charAt(start) == '/') {
            start++;
        }
        return path.substring(start);
    }
}
