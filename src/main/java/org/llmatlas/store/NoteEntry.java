package org.llmatlas.store;

/**
 * The store's record of one note: the SHA-256 of the file its graph was extracted from, a
 * fingerprint of the extractor that did it, and the note's declaration log (serialised).
 */
public record NoteEntry(String sourceHash, String extractor, String declarations) {}
