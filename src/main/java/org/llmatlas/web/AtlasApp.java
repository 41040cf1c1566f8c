package org.llmatlas.web;

import com.google.gson.GsonBuilder;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinGson;

/**
 * Builds the Javalin app, unstarted: {@link AtlasServer} mounts it beside Fuseki, tests run it
 * with JavalinTest. Errors are mapped in one place, {@link Errors}: JSON for {@code /api}, a friendly page elsewhere,
 * never a stack trace; request sizes are capped by {@link Limits}.
 */
public final class AtlasApp {
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
            config.http.maxRequestSize = Limits.MAX_BODY_BYTES;
            config.jetty.modifyHttpConfiguration(Limits::apply);
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
            Errors.register(config.routes);
        });
    }
}
