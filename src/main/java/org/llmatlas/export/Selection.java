package org.llmatlas.export;

import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * What is exported: the selected nodes (IRIs of entities, topics and questions, in selection order)
 * and their RDF subgraph, kept per source document (one named graph per note, as in the store) so
 * TriG can carry provenance. The subgraph holds the nodes' types, labels and definitions, the
 * relation triples among them, the sections they are in, and the evidence statement nodes of those
 * triples.
 *
 * @param title   human title, e.g. {@code "GQA (depth 2)"}
 * @param slug    file-name-safe ASCII name, e.g. {@code "gqa-depth-2"}
 * @param nodes   the selected node IRIs
 * @param dataset the subgraph; its union graph is {@link #model()}
 */
public record Selection(String title, String slug, List<String> nodes, Dataset dataset) {
    public Selection {
        Objects.requireNonNull(title, "title may not be null");
        Objects.requireNonNull(slug, "slug may not be null");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(dataset, "dataset may not be null");
    }

    /** The union of the per-document graphs (and the default graph). */
    public Model model() {
        Model m = ModelFactory.createDefaultModel();
        m.add(dataset.getDefaultModel());
        dataset.listModelNames().forEachRemaining(g -> m.add(dataset.getNamedModel(g)));
        return m;
    }
}
