package org.llmatlas.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.llmatlas.store.RemoteStore;
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

    @Override
    public Integer call() {
        if (!endpoint.isSet()) {
            throw new ParameterException(spec.commandLine(), "load needs --endpoint URL (or ATLAS_ENDPOINT)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RemoteStore store = endpoint.store();
        Dataset extracted = content.extract(err).dataset();
        List<String> names = new ArrayList<>();
        extracted.listNames().forEachRemaining(names::add);
        names.sort(null);
        out.printf("loading %d graphs into the %s%n", names.size(), store);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Model graph = extracted.getNamedModel(name);
            long t0 = System.nanoTime();
            try {
                store.replaceGraph(name, graph);
            } catch (RuntimeException e) {
                err.printf("atlas: replacing %s failed: %s%n  %d of %d graphs were replaced; the others are unchanged.%n",
                        name, e.getMessage(), i, names.size());
                return 1;
            }
            out.printf("[%d/%d] %s  %,d triples  %d ms%n", i + 1, names.size(), name, graph.size(), (System.nanoTime() - t0) / 1_000_000);
            out.flush();
        }
        for (String stale : store.graphNames(Atlas.GRAPH)) {
            if (!names.contains(stale)) {
                store.removeGraph(stale);
                out.printf("removed %s (its note is gone)%n", stale);
            }
        }
        out.printf("loaded %d graphs%n", names.size());
        return 0;
    }
}
