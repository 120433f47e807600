// SPDX-License-Identifier: Apache-2.0
package org.realtimepresence.examples.roster;

import java.util.Optional;

/**
 * The result of folding one record into one member's state.
 *
 * @param state the member's next state; null when nothing needs to be remembered
 * @param change what a consumer of the roster sees; empty for stale records and no-op leaves
 */
public record FoldStep(MemberState state, Optional<RosterChange> change) {}
