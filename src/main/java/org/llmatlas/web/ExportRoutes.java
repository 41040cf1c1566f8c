package org.llmatlas.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import org.llmatlas.export.Exporter;
import org.llmatlas.export.Format;
import org.llmatlas.export.Graphviz;
import org.llmatlas.export.QuestionFilter;
import org.llmatlas.export.Selection;
import org.llmatlas.export.Selections;

/**
 * {@code GET /api/export}: subgraph export in the formats of {@code org.llmatlas.export}.
 * <pre>
 *   /api/export?focus=GQA&amp;depth=2&amp;relations=uses,improvesOn&amp;limit=60&amp;format=graphml
 *   /api/export?topic=Alignment&amp;format=studymap
 *   /api/export?questions=difficulty:Hard,topic:VLA&amp;format=anki
 * </pre>
 * Exactly one of focus, topic, questions. No SPARQL over HTTP (CONSTRUCT export is CLI-only).
 * Bad parameters are 400 {@code {error}}; a missing Graphviz is 503 {@code {error}}.
 */
final class ExportRoutes {
    private ExportRoutes() {}

    static void register(RoutesConfig routes, Atlas atlas) {
        Selections selections = new Selections(atlas::connect, atlas.index(), atlas.sparql(), atlas.neighbourhood());
        Exporter exporter = new Exporter(atlas::connect, atlas.sparql(), Graphviz.defaults());
        routes.get("/api/export", ctx -> export(ctx, selections, exporter));
    }

    private static void export(Context ctx, Selections selections, Exporter exporter) {
        Format format = Format.parse(ApiRoutes.param(ctx, "format").isBlank() ? "ttl" : ApiRoutes.param(ctx, "format"));
        List<String> given = List.of("focus", "topic", "questions").stream().filter(k -> !ApiRoutes.param(ctx, k).isBlank()).toList();
        if (given.size() != 1) {
            throw new IllegalArgumentException("give exactly one of focus, topic or questions");
        }
        Selection selection = switch (given.get(0)) {
            case "focus" -> selections.focus(ApiRoutes.param(ctx, "focus"), ApiRoutes.intParam(ctx, "depth", 1, 1, Selections.MAX_DEPTH),
                    ApiRoutes.csv(ctx, "relations"), ApiRoutes.intParam(ctx, "limit", 60, 1, Selections.MAX_NODES));
            case "topic" -> selections.topic(ApiRoutes.param(ctx, "topic"));
            default -> selections.questions(QuestionFilter.parse(ApiRoutes.param(ctx, "questions")));
        };
        Exporter.Output out;
        try {
            out = exporter.export(selection, format);
        } catch (Graphviz.RenderException e) {
            ctx.status(e.missing() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.UNPROCESSABLE_CONTENT).json(Map.of("error", e.getMessage()));
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + out.fileName() + "\"");
        ctx.contentType(out.contentType());
        ctx.result(out.bytes());
    }
}
