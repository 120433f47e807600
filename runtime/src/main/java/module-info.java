// SPDX-License-Identifier: Apache-2.0
/**
 * The schema-codegen runtime: reads, validates and writes generated types exactly as their packaged JSON Schemas
 * say. Only {@code org.realtimepresence.runtime} is API; the fast path, the networknt configuration and the
 * record framing live in non-exported {@code internal} packages.
 */
module org.realtimepresence.runtime {
    requires tools.jackson.databind;
    requires com.networknt.schema;

    exports org.realtimepresence.runtime;
}
