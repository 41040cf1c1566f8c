package org.llmatlas.web;

import org.apache.jena.query.Query;

/**
 * The result-size cap of the public {@code /sparql} endpoint, the same in both modes (embedded
 * Fuseki and a remote engine): a query runs with {@code LIMIT min(its LIMIT, cap)}, and the response
 * carries {@value #HEADER} when its limit was lowered, so the client knows the answer may be cut short.
 * On CONSTRUCT and DESCRIBE the cap counts solutions of the pattern, as LIMIT does.
 */
final class RowCap {
    static final String HEADER = "Atlas-Row-Cap";

    private RowCap() {}

    /**
     * Lowers the LIMIT of {@code query} to {@code cap}; true when it did. ASK and aggregates without
     * GROUP BY (one row) are left alone.
     */
    static boolean apply(Query query, long cap) {
        boolean oneRow = query.isAskType() || (query.hasAggregators() && query.getGroupBy().isEmpty());
        if (oneRow || (query.hasLimit() && query.getLimit() <= cap)) {
            return false;
        }
        query.setLimit(cap);
        return true;
    }
}
