/** Real use of the presence model: provider adapters, a presence roster and the presence tool. */
package org.realtimepresence.examples;
