/**
 * A strict, schema-generic JSON codec: parse untrusted bytes under size and depth limits, validate them
 * against a classpath JSON Schema (draft 2020-12, via networknt) and bind them to a generated type only
 * when they are valid.
 *
 * <p>Nothing here knows about presence records: {@link org.realtimepresence.json.SchemaCodec} works for any
 * generated type and its schema resource, so the package can move into its own artifact.
 */
package org.realtimepresence.json;
