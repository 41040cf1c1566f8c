/**
 * Subgraph export: a {@link org.llmatlas.export.Selection} (built by {@link org.llmatlas.export.Selections}
 * from a focus, a topic, a question filter or a CONSTRUCT) rendered by {@link org.llmatlas.export.Exporter}
 * in one of the {@link org.llmatlas.export.Format}s: RDF (Turtle, JSON-LD, TriG, N-Triples), drawing tools
 * (CSV, GraphML, DOT, Mermaid, Cytoscape JSON, SVG/PNG via Graphviz), a study order and an Anki deck.
 *
 * <p>Depends on {@code query} and {@code vocab}; {@code web} and {@code cli} depend on it, never the other way.
 * Every label that comes from a note is treated as hostile and escaped for the format it is written in.
 */
package org.llmatlas.export;
