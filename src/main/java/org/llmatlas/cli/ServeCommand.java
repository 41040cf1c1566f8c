package org.llmatlas.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;
import org.llmatlas.web.AtlasServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve [--port N]}: the web app, the API and the read-only SPARQL endpoint on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web app, /api and /sparql on one port.")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:ATLAS_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        long t0 = System.nanoTime();
        Atlas atlas = content.atlas(spec.commandLine().getErr());
        AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), port);
        out.printf("LLM Atlas on http://localhost:%d/  (SPARQL: /sparql, API: /api/ask?q=…) ready in %.1f s%n",
                server.port(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        server.join();
        return 0;
    }
}
