package org.llmatlas.extract;

/** An entity named in a piece of text, with the character span of the name. */
record Mention(Entity entity, int start, int end) {}
