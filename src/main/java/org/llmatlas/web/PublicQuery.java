package org.llmatlas.web;

import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.eclipse.jetty.http.HttpException;
import org.llmatlas.store.NoteGraphsView;

/**
 * Fuseki's query operation under the public endpoint's rules, registered in place of the standard
 * one: no {@link NoService SERVICE}, the {@link RowCap}, and only the note graphs ({@link NoteGraphsView}).
 */
final class PublicQuery extends SPARQL_QueryDataset {
    private final long cap;

    PublicQuery(long cap) {
        this.cap = cap;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (NoService.uses(query)) {
            ServletOps.errorBadRequest(NoService.MESSAGE);
        }
    }

    /** The note graphs only, their union the default graph: the store's own records stay private. */
    @Override
    protected DatasetGraph getDataset(HttpAction action) {
        return NoteGraphsView.of(super.getDataset(action));
    }

    /** A streamed (chunked) body over the {@link Limits body cap} is the client's error, not the server's. */
    @Override
    protected void executeBody(HttpAction action) {
        try {
            super.executeBody(action);
        } catch (ActionErrorException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof HttpException h && h.getCode() == 413) {
                    ServletOps.error(413, "The request body is too large.");
                }
            }
            throw e;
        }
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (RowCap.apply(query, cap)) {
            action.setResponseHeader(RowCap.HEADER, Long.toString(cap));
        }
        return super.createQueryExec(action, query, dataset);
    }
}
