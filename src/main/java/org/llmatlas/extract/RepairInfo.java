package org.llmatlas.extract;

/** How a damaged note was repaired before extraction (recorded on the document node). */
public record RepairInfo(String codePage, int sequences, int ambiguous, int unresolved, double confidence, String report) {}
