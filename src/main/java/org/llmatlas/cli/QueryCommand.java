package org.llmatlas.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.llmatlas.query.NamedQuery;
import org.llmatlas.query.Parameters;
import org.llmatlas.query.Sparql;
import org.llmatlas.web.Atlas;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code query (-e SPARQL | FILE.rq) [--param k=v]… [--format csv|tsv|json|table]}, without a server. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "Run SPARQL (or a named query file) on the notes.")
final class QueryCommand implements Callable<Integer> {
    enum Format { csv, tsv, json, table }

    static final class Source {
        @Option(names = {"-e", "--expr"}, paramLabel = "SPARQL", description = "The query text.")
        String expr;

        @picocli.CommandLine.Parameters(paramLabel = "FILE.rq", description = "A query file, e.g. queries/used-by.rq.")
        Path file;
    }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Mixin
    EndpointOption endpoint;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A parameter of a named query (bound, never spliced).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", description = "csv, tsv, json or table (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text = source.expr != null ? source.expr : Files.readString(source.file, StandardCharsets.UTF_8);
        String name = source.file == null ? "expr" : source.file.getFileName().toString().replaceAll("\\.rq$", "");
        NamedQuery named = NamedQuery.parse(name, text);
        Query query;
        try {
            query = Sparql.parse(text);
        } catch (QueryParseException e) {
            err.println("atlas: not a SPARQL query (updates are not allowed): " + e.getMessage());
            return 2;
        }
        Atlas atlas = endpoint.atlasOr(content, err);
        Map<String, RDFNode> bindings = Parameters.bind(named, params, atlas.index());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (RDFConnection conn = atlas.connect()) {
            if (query.isSelectType()) {
                var rs = atlas.sparql().select(conn, query, bindings);
                switch (format) {
                    case csv -> ResultSetFormatter.outputAsCSV(buf, rs);
                    case tsv -> ResultSetFormatter.outputAsTSV(buf, rs);
                    case json -> ResultSetFormatter.outputAsJSON(buf, rs);
                    default -> ResultSetFormatter.out(buf, rs, query.getPrologue());
                }
            } else if (query.isAskType()) {
                boolean b = atlas.sparql().ask(conn, query, bindings);
                if (format == Format.json) {
                    ResultSetFormatter.outputAsJSON(buf, b);
                } else {
                    buf.writeBytes((b + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } else {
                RDFDataMgr.write(buf, atlas.sparql().graph(conn, query, bindings), format == Format.json ? Lang.JSONLD : Lang.TURTLE);
            }
        }
        out.print(buf.toString(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }
}
