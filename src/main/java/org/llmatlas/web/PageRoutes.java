package org.llmatlas.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.llmatlas.web.pages.AskPage;
import org.llmatlas.web.pages.ConceptPage;
import org.llmatlas.web.pages.HomePage;
import org.llmatlas.web.pages.Html;
import org.llmatlas.web.pages.QuestionPage;
import org.llmatlas.web.pages.SearchPage;
import org.llmatlas.web.pages.SourcePage;
import org.llmatlas.web.pages.SparqlPage;
import org.llmatlas.web.pages.TopicPage;

/** The HTML pages (home, concept, topic, question, source, search, SPARQL, answer). */
final class PageRoutes {
    private PageRoutes() {}

    static void register(RoutesConfig routes, Atlas atlas) {
        routes.get("/", ctx -> html(ctx, HomePage.render(atlas), ""));
        routes.get("/concept/{id}", ctx -> html(ctx, ConceptPage.render(atlas, ctx.pathParam("id")), "No concept with that name."));
        routes.get("/topic/{doc}/{slug}", ctx -> html(ctx, TopicPage.render(atlas, ctx.pathParam("doc"), ctx.pathParam("slug")),
                "No section with that name."));
        routes.get("/question/{id}", ctx -> html(ctx, QuestionPage.render(atlas, ctx.pathParam("id")), "No question with that number."));
        routes.get("/source/{document}", ctx -> html(ctx, SourcePage.render(atlas, ctx.pathParam("document")), "No note with that name."));
        routes.get("/search", ctx -> html(ctx, SearchPage.render(atlas, ApiRoutes.param(ctx, "q")), ""));
        routes.get("/ask", ctx -> html(ctx, AskPage.render(atlas, ApiRoutes.param(ctx, "q")), ""));
        routes.get("/sparql-ui", ctx -> {
            String query = ctx.queryParam("query");
            if (query != null && query.length() > SparqlPage.MAX_QUERY) {
                throw new IllegalArgumentException("query longer than " + SparqlPage.MAX_QUERY + " characters");
            }
            // "Load" (without script) asks for the named query's text, not for the edited one
            html(ctx, SparqlPage.render(atlas, ctx.queryParam("name"), ctx.queryParam("load") != null ? null : query), "");
        });
    }

    /** Sends a page, or a 404 page when it is null. */
    private static void html(Context ctx, String page, String notFound) {
        if (page == null) {
            ctx.status(HttpStatus.NOT_FOUND).contentType("text/html; charset=utf-8").result(Html.notFound(notFound));
            return;
        }
        ctx.contentType("text/html; charset=utf-8").result(page);
    }
}
