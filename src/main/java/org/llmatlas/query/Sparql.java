package org.llmatlas.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.system.Txn;

/**
 * Runs SPARQL through an {@link RDFConnection} with values bound as data (never spliced into the
 * text), a timeout that is enforced, and a cap on the number of rows.
 */
public final class Sparql {
    public static final long DEFAULT_TIMEOUT_MS = 10_000;
    public static final int DEFAULT_ROW_LIMIT = 10_000;

    private final long timeoutMs;
    private final int rowLimit;

    public Sparql(long timeoutMs, int rowLimit) {
        this.timeoutMs = timeoutMs;
        this.rowLimit = rowLimit;
    }

    public static Sparql defaults() {
        return new Sparql(DEFAULT_TIMEOUT_MS, DEFAULT_ROW_LIMIT);
    }

    public long timeoutMs() {
        return timeoutMs;
    }

    public int rowLimit() {
        return rowLimit;
    }

    /** Parses a query; only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) parse, updates are rejected. */
    public static Query parse(String text) {
        return QueryFactory.create(text);
    }

    /**
     * Parses {@code text} with {@code var} bound to each IRI of {@code iris} by a VALUES block (data,
     * not text) placed first in its WHERE clause, so the engine starts from those IRIs instead of
     * joining them to the whole pattern's results.
     */
    public static Query withValuesFirst(String text, String var, Collection<String> iris) {
        Query query = parse(text);
        Var v = Var.alloc(var);
        List<Binding> rows = new ArrayList<>();
        iris.forEach(iri -> rows.add(BindingFactory.binding(v, NodeFactory.createURI(iri))));
        ElementGroup where = new ElementGroup();
        where.addElement(new ElementData(List.of(v), rows));
        where.addElement(query.getQueryPattern());
        query.setQueryPattern(where);
        return query;
    }

    /** Runs a SELECT with bindings; at most {@link #rowLimit} rows are kept. */
    public ResultSetRewindable select(RDFConnection conn, Query query, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(conn, () -> selectInTxn(conn, query, bindings));
    }

    private ResultSetRewindable selectInTxn(RDFConnection conn, Query query, Map<String, ? extends RDFNode> bindings) {
        try (QueryExecution qe = build(conn, query, bindings)) {
            ResultSet rs = qe.execSelect();
            List<Binding> rows = new ArrayList<>();
            while (rows.size() < rowLimit && rs.hasNext()) {
                rows.add(rs.nextBinding());
            }
            return ResultSetFactory.makeRewindable(
                    ResultSet.adapt(RowSetStream.create(Var.varList(rs.getResultVars()), rows.iterator())));
        }
    }

    public boolean ask(RDFConnection conn, Query query, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(conn, () -> {
            try (QueryExecution qe = build(conn, query, bindings)) {
                return qe.execAsk();
            }
        });
    }

    /** CONSTRUCT or DESCRIBE. */
    public Model graph(RDFConnection conn, Query query, Map<String, ? extends RDFNode> bindings) {
        return Txn.calculateRead(conn, () -> {
            try (QueryExecution qe = build(conn, query, bindings)) {
                return query.isDescribeType() ? qe.execDescribe() : qe.execConstruct();
            }
        });
    }

    private QueryExecution build(RDFConnection conn, Query query, Map<String, ? extends RDFNode> bindings) {
        var builder = conn.newQuery().query(query).timeout(timeoutMs, TimeUnit.MILLISECONDS);
        bindings.forEach((k, v) -> builder.substitution(k, v));
        return builder.build();
    }
}
