/**
 * Test fixtures the three example modules share through presence-adapters' test-jar: seeded presence
 * histories for the property tests of the roster, the command and the Kafka topology.
 */
package org.realtimepresence.examples.testing;
