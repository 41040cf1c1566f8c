package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;

class CliTest {
    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void queryPrintsCsvWithoutAServer() {
        Run r = run("query", "--content", "content", "--format", "csv", "-e",
                "PREFIX atlas: <https://w3id.org/llm-atlas/ontology#> SELECT (COUNT(?q) AS ?n) WHERE { ?q a atlas:Question }");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("n").contains("150");
    }

    @Test
    void namedQueryFileTakesBoundParameters() {
        Run r = run("query", "queries/used-by.rq", "--param", "concept=GQA", "--format", "tsv", "--content", "content");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("LLaMA-2").contains("keywords-summary.md");
    }

    @Test
    void queryRefusesUpdates() {
        Run r = run("query", "--content", "content", "-e", "INSERT DATA { <http://e/a> <http://e/b> <http://e/c> }");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a SPARQL query");
    }

    @Test
    void askPrintsJsonInTheApiShape() {
        Run r = run("ask", "--content", "content", "--format", "json", "what improves on PPO");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\"understood\": true").contains("\"answers\"").contains("\"sparql\"");
    }

    @Test
    void extractReportsEveryNote() {
        Run r = run("extract", "--content", "content");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("keywords-summary", "further-questions", "basics-roadmap", "lecture-09-current-trends",
                "textbook-03-llm-architecture").contains("questions  150");
    }
}
