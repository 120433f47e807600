// SPDX-License-Identifier: Apache-2.0
/** The Maven goals: thin adapters from plugin parameters to the plain classes that generate and check. */
package org.realtimepresence.codegen.mojo;
