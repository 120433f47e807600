/**
 * Cutting a file of presence records into one piece per record, in constant memory, with the line each
 * piece starts on: JSON Lines, one JSON object, or a JSON array streamed element by element.
 */
package org.realtimepresence.examples.input;
