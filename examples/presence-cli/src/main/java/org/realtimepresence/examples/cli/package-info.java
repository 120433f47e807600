// SPDX-License-Identifier: Apache-2.0
/**
 * The {@code presence} command-line tool ({@code validate}, {@code normalize}, {@code roster}), built with
 * picocli. Exit codes: 0 all good, 1 some input was invalid or could not be mapped, 2 usage or I/O error.
 */
package org.realtimepresence.examples.cli;
