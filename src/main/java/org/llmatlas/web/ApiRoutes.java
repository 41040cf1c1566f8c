package org.llmatlas.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.llmatlas.query.NamedQuery;
import org.llmatlas.query.Neighbourhood;
import org.llmatlas.query.Parameters;
import org.llmatlas.query.Sparql;

/** The JSON API: {@code /api/ask}, {@code /api/queries}, {@code /api/search}, {@code /api/neighbourhood}. */
final class ApiRoutes {
    private static final int MAX_PARAM = 2_000;

    private ApiRoutes() {}

    static void register(RoutesConfig routes, Atlas atlas) {
        routes.get("/api/ask", ctx -> ctx.json(atlas.questions().ask(ctx.queryParam("q"))));
        routes.get("/api/queries", ctx -> ctx.json(atlas.queries().all().stream().map(ApiRoutes::describe).toList()));
        routes.get("/api/queries/{name}", ctx -> runNamed(ctx, atlas));
        routes.get("/api/search", ctx -> ctx.json(atlas.search().search(param(ctx, "q"), intParam(ctx, "limit", 10, 1, 50))));
        routes.get("/api/neighbourhood", ctx -> {
            String iri = param(ctx, "iri");
            if (atlas.index().byIri(iri) == null) {
                ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no entity with that IRI"));
                return;
            }
            ctx.json(atlas.neighbourhood().around(iri, intParam(ctx, "depth", 1, 1, 3), csv(ctx, "relations"),
                    csv(ctx, "types"), intParam(ctx, "limit", 60, 1, 500)));
        });
    }

    private static Map<String, Object> describe(NamedQuery q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", q.name());
        m.put("title", q.title());
        m.put("description", q.description());
        m.put("params", q.params());
        return m;
    }

    private static void runNamed(Context ctx, Atlas atlas) {
        NamedQuery q = atlas.queries().get(ctx.pathParam("name")).orElse(null);
        if (q == null) {
            ctx.status(HttpStatus.NOT_FOUND).json(Map.of("error", "no such query", "queries",
                    atlas.queries().all().stream().map(NamedQuery::name).toList()));
            return;
        }
        Map<String, String> given = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> given.put(k, v.isEmpty() ? "" : limit(v.get(0))));
        Map<String, RDFNode> bindings = Parameters.bind(q, given, atlas.index());
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> vars;
        try (RDFConnection conn = atlas.connect()) {
            ResultSetRewindable rs = atlas.sparql().select(conn, Sparql.parse(q.sparql()), bindings);
            vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                Map<String, String> r = new LinkedHashMap<>();
                for (String v : vars) {
                    RDFNode n = row.get(v);
                    r.put(v, n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                rows.add(r);
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("query", describe(q));
        out.put("bindings", bindings.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().toString())));
        out.put("sparql", q.sparql());
        out.put("vars", vars);
        out.put("rows", rows);
        ctx.json(out);
    }

    static String param(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : limit(v);
    }

    private static String limit(String v) {
        if (v.length() > MAX_PARAM) {
            throw new IllegalArgumentException("parameter longer than " + MAX_PARAM + " characters");
        }
        return v;
    }

    static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return Math.max(min, Math.min(max, Integer.parseInt(v.strip())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parameter '" + name + "' must be a whole number");
        }
    }

    static Set<String> csv(Context ctx, String name) {
        String v = param(ctx, name);
        return v.isBlank() ? Set.of() : Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
