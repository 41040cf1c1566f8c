package org.llmatlas.extract;

/**
 * A unit of a note after Markdown parsing, in document order: a heading, a list item's own text,
 * a paragraph, a table, or a diagram (the text of a fenced block without a language). {@code raw} keeps Markdown markers ({@code **}, backticks) so rules can read
 * bold terms; {@code depth} is the list nesting (0 outside lists).
 */
record Block(Kind kind, String raw, int line, int level, int depth, boolean ordered) {
    enum Kind { HEADING, ITEM, PARAGRAPH, TABLE, DIAGRAM }
}
