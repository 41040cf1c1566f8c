package org.llmatlas.web;

import com.google.gson.GsonBuilder;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinGson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app, unstarted: {@link AtlasServer} mounts it beside Fuseki, tests run it
 * with JavalinTest. Errors are mapped here, in one place: JSON for {@code /api}, never a stack trace.
 */
public final class AtlasApp {
    private static final Logger LOG = LoggerFactory.getLogger(AtlasApp.class);

    private AtlasApp() {}

    public static Javalin create(Atlas atlas) {
        return Javalin.create(config -> {
            config.jsonMapper(new JavalinGson(new GsonBuilder().disableHtmlEscaping().create(), false));
            config.http.defaultContentType = "application/json";
            config.startup.showJavalinBanner = false;
            config.startup.startupWatcherEnabled = false; // mounted as a servlet, never start()ed: no "never started" warning
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            SecurityHeaders.register(config.routes);
            ApiRoutes.register(config.routes, atlas);
            PageRoutes.register(config.routes, atlas);
            ExportRoutes.register(config.routes, atlas);
            config.routes.exception(IllegalArgumentException.class, (e, ctx) ->
                    ctx.status(HttpStatus.BAD_REQUEST).json(Map.of("error", e.getMessage())));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR).json(Map.of("error", "internal error; see the server log"));
            });
        });
    }
}
