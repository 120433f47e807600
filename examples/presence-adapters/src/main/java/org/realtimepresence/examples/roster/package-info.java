// SPDX-License-Identifier: Apache-2.0
/**
 * The presence roster: canonical records folded into who is in each channel now.
 *
 * <p>The decision for one record is the pure function {@link
 * org.realtimepresence.examples.roster.PresenceFold#apply}: prior member state and record in, next state and
 * the visible change out, with no I/O. {@link org.realtimepresence.examples.roster.Roster} only keeps those
 * states by {@link org.realtimepresence.examples.roster.MemberKey}. Both state types are {@link
 * java.io.Serializable} values, so a stream processor can keep them in a state store and call the same fold.
 */
package org.realtimepresence.examples.roster;
