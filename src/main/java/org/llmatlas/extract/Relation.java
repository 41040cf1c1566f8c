package org.llmatlas.extract;

import org.apache.jena.rdf.model.Property;

/** A relation found in text, before it is written with its evidence. */
record Relation(Entity subject, Property predicate, Entity object, String cue, String rule) {}
