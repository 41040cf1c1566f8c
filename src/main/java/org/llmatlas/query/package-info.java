/** SPARQL over the store: named queries, bound parameters, timeouts and caps, and name resolution. */
package org.llmatlas.query;
