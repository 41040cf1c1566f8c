package org.llmatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import org.llmatlas.export.Exporter;
import org.llmatlas.export.Format;
import org.llmatlas.export.Graphviz;
import org.llmatlas.export.QuestionFilter;
import org.llmatlas.export.Selection;
import org.llmatlas.export.Selections;
import org.llmatlas.web.Atlas;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export (--focus NAME [--depth N] [--relations a,b] [--limit N] | --topic NAME | --questions FILTER
 * | --construct FILE.rq) --format F [-o FILE]}: a subgraph, a study map or a quiz deck, to stdout or a file.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a subgraph (focus, topic, questions or CONSTRUCT) as RDF, a drawing, a study map or an Anki deck.")
final class ExportCommand implements Callable<Integer> {
    static final class Source {
        @Option(names = "--focus", paramLabel = "NAME", description = "An entity by name or IRI; exports its neighbourhood.")
        String focus;

        @Option(names = "--topic", paramLabel = "NAME", description = "A section by name or IRI (every best-matching section), with its subsections and members.")
        String topic;

        @Option(names = "--questions", paramLabel = "FILTER", description = "Questions by filter, e.g. difficulty:Hard,topic:VLA (keys: difficulty, topic, section, doc; a|b for either).")
        String questions;

        @Option(names = "--construct", paramLabel = "FILE.rq", description = "A SPARQL CONSTRUCT query file; exports the graph it builds.")
        Path construct;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Mixin
    EndpointOption endpoint;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--depth", defaultValue = "1", description = "Hops from the focus, 1-3 (default: ${DEFAULT-VALUE}).")
    int depth;

    @Option(names = "--relations", paramLabel = "a,b", split = ",", description = "Relations to follow from the focus: uses, improvesOn, partOf, evaluatedBy, developedBy (default: all).")
    Set<String> relations = new LinkedHashSet<>();

    @Option(names = "--limit", defaultValue = "60", description = "Most nodes around the focus, 1-500 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "ttl, jsonld, trig, nt, csv (zip), graphml, dot, mermaid, mindmap, cyjs, svg, png, studymap, studymap-mermaid, anki.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout (required for csv and png).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Format f;
        QuestionFilter filter = null;
        String query = null;
        try {
            f = Format.parse(format);
            if (source.questions != null) {
                filter = QuestionFilter.parse(source.questions);
            }
        } catch (IllegalArgumentException e) {
            err.println("atlas: " + e.getMessage());
            return 2;
        }
        if (f.binary() && output == null) {
            err.println("atlas: " + f.id() + " is binary; write it to a file with -o FILE");
            return 2;
        }
        if (source.construct != null) {
            query = Files.readString(source.construct, StandardCharsets.UTF_8);
        }
        Atlas atlas = endpoint.atlasOr(content, err);
        Selections selections = new Selections(atlas::connect, atlas.index(), atlas.sparql(), atlas.neighbourhood());
        Selection selection;
        try {
            selection = source.focus != null ? selections.focus(source.focus, depth, relations, limit)
                    : source.topic != null ? selections.topic(source.topic)
                    : filter != null ? selections.questions(filter)
                    : selections.construct(query, source.construct.getFileName().toString().replaceAll("\\.rq$", ""));
        } catch (IllegalArgumentException e) {
            err.println("atlas: " + e.getMessage());
            return 2;
        }
        Exporter.Output result = new Exporter(atlas::connect, atlas.sparql(), Graphviz.defaults()).export(selection, f);
        if (output != null) {
            Files.write(output, result.bytes());
            err.println("wrote " + output + " (" + result.bytes().length + " bytes, " + selection.nodes().size() + " nodes)");
        } else {
            out.print(result.text());
            out.flush();
        }
        return 0;
    }
}
