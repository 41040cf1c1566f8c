/**
 * Keeps a persistent store in step with a notes folder: re-extracts only the notes that changed
 * (with the others' declarations replayed), replaces their graphs in one transaction, and watches
 * the folder for edits. Depends on {@code extract} and {@code store}; {@code cli} wires it.
 */
package org.llmatlas.sync;
