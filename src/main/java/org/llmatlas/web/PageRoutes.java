package org.llmatlas.web;

import io.javalin.config.RoutesConfig;

/** The HTML pages (home, concept, topic, question, source, search, SPARQL, answer). */
final class PageRoutes {
    private PageRoutes() {}

    static void register(RoutesConfig routes, Atlas atlas) {
        routes.get("/", ctx -> ctx.redirect("/api/ask?q=which%20models%20use%20GQA"));
    }
}
