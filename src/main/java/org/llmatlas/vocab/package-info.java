/** Vocabulary constants mirroring {@code ontology/atlas.ttl}; depends on Jena only. */
package org.llmatlas.vocab;
