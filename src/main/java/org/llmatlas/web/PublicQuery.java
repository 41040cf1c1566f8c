package org.llmatlas.web;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Fuseki's query operation under the public endpoint's rules, registered in place of the standard
 * one: no {@link NoService SERVICE}, and the {@link RowCap}.
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

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        if (RowCap.apply(query, cap)) {
            action.setResponseHeader(RowCap.HEADER, Long.toString(cap));
        }
        return super.createQueryExec(action, query, dataset);
    }
}
