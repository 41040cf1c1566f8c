/** Storage: the only package that knows in-memory vs TDB2 vs remote; others use {@code RDFConnection}. */
package org.llmatlas.store;
