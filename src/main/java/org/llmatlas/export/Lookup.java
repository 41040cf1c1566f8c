package org.llmatlas.export;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.llmatlas.query.NamedQueries;
import org.llmatlas.query.Sparql;

/** Runs the exporter's internal queries with a set of nodes bound as a VALUES data block (data, not text). */
final class Lookup {
    private Lookup() {}

    static Query withValues(String text, String var, Collection<Node> nodes) {
        Query query = Sparql.parse(text);
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        nodes.forEach(x -> rows.add(BindingFactory.binding(v, x)));
        query.setValuesDataBlock(List.of(v), rows);
        return query;
    }

    static List<Node> uris(Collection<String> iris) {
        return iris.stream().map(NodeFactory::createURI).toList();
    }

    /** Runs {@code queries/internal/NAME.rq} for every row; an empty node set runs nothing. */
    static void select(RDFConnection conn, Sparql sparql, String queryPath, Collection<String> iris,
            Consumer<QuerySolution> row) {
        if (iris.isEmpty()) {
            return;
        }
        Query q = withValues(NamedQueries.read(queryPath), "n", uris(iris));
        ResultSetRewindable rs = sparql.select(conn, q, Map.of());
        while (rs.hasNext()) {
            row.accept(rs.next());
        }
    }
}
