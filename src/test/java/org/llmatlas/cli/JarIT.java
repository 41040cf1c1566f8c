package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar, run as a user runs it: Jena must initialise (services merged) and answer. */
class JarIT {
    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/llm-atlas.jar"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void jarAnswersSparqlOverTheNotes() throws Exception {
        String out = run("query", "--content", "content", "--format", "csv", "-e",
                "PREFIX atlas: <https://w3id.org/llm-atlas/ontology#> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m atlas:uses ?x }");
        int n = Integer.parseInt(out.lines().skip(1).findFirst().orElse("0").strip());
        assertThat(n).isGreaterThan(20);
    }

    @Test
    void jarAnswersWhichModelsUseGqa() throws Exception {
        assertThat(run("ask", "--content", "content", "which models use GQA")).contains("LLaMA-2", "Mistral");
    }
}
