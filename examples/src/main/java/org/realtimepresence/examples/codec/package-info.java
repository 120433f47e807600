/**
 * The one seam between the examples and the model's codec: validating and writing canonical records.
 *
 * <p>Everything else in the examples talks to {@link org.realtimepresence.examples.codec.PresenceCodec}
 * only, so the codec behind it can be swapped by changing {@link
 * org.realtimepresence.examples.codec.PresenceCodec#standard()} and the one implementation class.
 */
package org.realtimepresence.examples.codec;
