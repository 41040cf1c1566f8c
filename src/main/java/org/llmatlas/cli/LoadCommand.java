package org.llmatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.llmatlas.store.RemoteStore;
import org.llmatlas.sync.ProgressSink;
import org.llmatlas.vocab.Atlas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code load --endpoint URL [--content DIR]}: extracts the notes and pushes them to a SPARQL engine,
 * one named graph per Graph Store Protocol PUT (atomic in Fuseki/TDB2, so a load stopped half way
 * leaves every graph complete, old or new); then removes the graphs of notes that no longer exist.
 * Extraction and loading show their {@link Progress} on stderr.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Extract the notes and replace their graphs in a SPARQL engine (Graph Store Protocol).")
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Mixin
    EndpointOption endpoint;

    /** Where extraction and loading report progress (a bar on a terminal, plain lines otherwise); tests replace it. */
    Function<PrintWriter, ProgressSink> progress = Progress::sink;

    @Override
    public Integer call() {
        if (!endpoint.isSet()) {
            throw new ParameterException(spec.commandLine(), "load needs --endpoint URL (or ATLAS_ENDPOINT)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteStore store = endpoint.store();
        ProgressSink sink = progress.apply(err);
        Dataset extracted = content.extract(err, sink).dataset();
        List<String> names = new ArrayList<>();
        extracted.listNames().forEachRemaining(names::add);
        names.sort(null);
        out.printf("loading %d graphs into the %s%n", names.size(), store);
        out.flush();
        long t0 = System.nanoTime();
        long triples = 0;
        ProgressSink.Task loading = sink.start("loading", names.size());
        try {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                Model graph = extracted.getNamedModel(name);
                try {
                    store.replaceGraph(name, graph);
                } catch (RuntimeException e) {
                    err.printf("atlas: replacing %s failed: %s%n  %d of %d graphs were replaced; the others are unchanged.%n",
                            name, e.getMessage(), i, names.size());
                    return 1;
                }
                triples += graph.size();
                loading.step();
            }
        } finally {
            loading.done();
        }
        for (String stale : store.graphNames(Atlas.GRAPH)) {
            if (!names.contains(stale)) {
                store.removeGraph(stale);
                out.printf("removed %s (its note is gone)%n", stale);
            }
        }
        out.printf("loaded %d graphs (%,d triples) in %.1f s%n", names.size(), triples, (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
