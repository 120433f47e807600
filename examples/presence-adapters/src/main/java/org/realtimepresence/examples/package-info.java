// SPDX-License-Identifier: Apache-2.0
/**
 * Real use of the presence model. This library holds the provider adapters ({@code examples.providers}) and
 * the presence roster ({@code examples.roster}); the presence tool and the Kafka roster are built on it in
 * their own modules.
 */
package org.realtimepresence.examples;
