package org.llmatlas.web;

import io.javalin.config.RoutesConfig;

/** {@code GET /api/export}: subgraph export in the formats of {@code org.llmatlas.export}. */
final class ExportRoutes {
    private ExportRoutes() {}

    static void register(RoutesConfig routes, Atlas atlas) {
        // routes are added with the export package
    }
}
