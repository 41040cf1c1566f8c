package org.llmatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.ContentSync;
import org.llmatlas.sync.SyncReport;
import org.llmatlas.sync.Watcher;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;
import org.llmatlas.web.AtlasServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve [--port N] [--watch]}: the web app, the API and the read-only SPARQL endpoint on one
 * port, over the store {@code data/} kept in step with {@code content/} (only changed notes are
 * extracted again), or in memory with {@code --memory} / {@code --content DIR}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the web app, /api and /sparql on one port.")
final class ServeCommand implements Callable<Integer> {
    private static final Duration DEBOUNCE = Duration.ofMillis(300);

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Mixin
    EndpointOption endpoint;

    @Option(names = "--port", paramLabel = "N", defaultValue = "${env:ATLAS_PORT:-8080}",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--watch", description = "Re-extract notes when their files change, and show the change without a restart.")
    boolean watch;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long t0 = System.nanoTime();
        Path dataDir = endpoint.isSet() ? null : content.dataDir(true);
        TdbStore store = dataDir == null ? null : content.open(dataDir);
        Atlas atlas;
        ContentSync sync = null;
        if (endpoint.isSet()) {
            atlas = endpoint.atlas(content.contentDir(), content.timeoutMs, err);
        } else if (store == null) {
            atlas = content.atlas(err, false);
        } else {
            sync = content.contentSync(store, err);
            content.sync(sync, err, content.rebuild);
            atlas = content.over(store);
        }
        AtlasServer server = AtlasServer.start(atlas, AtlasApp.create(atlas), port); // while the indexes are built
        atlas.ready();
        out.printf("LLM Atlas on http://localhost:%d/  (SPARQL: /sparql, API: /api/ask?q=…) ready in %.1f s%n",
                server.port(), (System.nanoTime() - t0) / 1e9);
        out.flush();
        if (watch) {
            watch(atlas, sync, err, out);
        }
        server.join();
        return 0;
    }

    /** Re-extracts on file changes: into the store, or (in memory) the whole folder again. */
    private void watch(Atlas atlas, ContentSync sync, PrintWriter err, PrintWriter out) {
        if (sync == null) {
            err.println("--watch needs a store (not --memory or --content); not watching");
            err.flush();
            return;
        }
        Watcher.start(content.contentDir(), DEBOUNCE, () -> {
            SyncReport report = content.sync(sync, err, false);
            if (report.changedAnything()) {
                atlas.refresh(report.entities());
                out.println("updated");
                out.flush();
            }
        }, e -> {
            err.println("atlas: update failed, previous graphs kept: " + e);
            err.flush();
        });
        out.println("watching " + content.contentDir() + " for changes");
        out.flush();
    }
}
