package org.llmatlas.web;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The public {@code /sparql} endpoint queries the atlas only: a query with SERVICE anywhere (also
 * inside EXISTS or a subquery) is refused in both modes, so the endpoint cannot be made to fetch
 * from other servers on a client's behalf.
 */
final class NoService {
    static final String MESSAGE = "SERVICE is not allowed here: this endpoint queries the atlas only.";

    private NoService() {}

    static boolean uses(Query query) {
        boolean[] found = {false};
        Walker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found[0] = true;
            }
        }, new ExprVisitorBase() {});
        return found[0];
    }
}
