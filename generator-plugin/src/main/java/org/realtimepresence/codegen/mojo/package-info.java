/** The Maven goals: thin adapters from plugin parameters to the plain generator classes. */
package org.realtimepresence.codegen.mojo;
