package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.llmatlas.query.NamedQuery;

/**
 * Walks every route of the app with every {@link HostileInput} value in every parameter and path
 * segment: no 5xx, no stack trace or class name, JSON errors under {@code /api}, a friendly page
 * elsewhere, no markup reflected, and the security headers on each answer.
 */
class HostileRoutesTest {
    private static final Atlas ATLAS = TestAtlas.real();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Request targets with {@code {}} where the hostile value goes. */
    static List<String> appRoutes(Atlas atlas) {
        String gqa = enc(atlas.index().best("GQA").iri());
        List<String> t = new ArrayList<>(List.of(
                "/api/ask?q={}", "/api/search?q={}", "/api/search?q=GQA&limit={}",
                "/api/neighbourhood?iri={}", "/api/neighbourhood?iri=" + gqa + "&depth={}", "/api/neighbourhood?iri=" + gqa + "&limit={}",
                "/api/neighbourhood?iri=" + gqa + "&relations={}", "/api/neighbourhood?iri=" + gqa + "&types={}",
                "/api/queries?{}", "/api/queries/{}", "/api/queries/used-by?{}=GQA",
                "/api/export?focus={}", "/api/export?focus=GQA&format={}", "/api/export?focus=GQA&depth={}",
                "/api/export?focus=GQA&limit={}", "/api/export?focus=GQA&relations={}", "/api/export?topic={}",
                "/api/export?questions={}", "/api/export?topic=Alignment&format={}", "/api/{}",
                "/?q={}", "/concept/{}", "/topic/{}/x", "/topic/keywords-summary/{}", "/question/{}", "/source/{}",
                "/search?q={}", "/ask?q={}", "/sparql-ui?query={}", "/sparql-ui?name={}", "/sparql-ui?name=used-by&load=1&query={}",
                "/assets/{}", "/webjars/{}", "/{}", "/concept/gqa/{}"));
        for (NamedQuery q : atlas.queries().all()) {
            for (NamedQuery.Param p : q.params()) {
                t.add("/api/queries/" + q.name() + "?" + p.name() + "={}");
            }
        }
        return t;
    }

    /** Sends every value to every route; the problems found, one line each. */
    static List<String> walk(int port, List<String> routes) {
        List<String> problems = new ArrayList<>();
        for (String route : routes) {
            for (Map.Entry<String, String> v : HostileInput.values().entrySet()) {
                String target = route.replace("{}", v.getValue());
                RawHttp.Reply r = RawHttp.send(port, "GET", target, Map.of("Accept", HostileInput.accept(target)), new byte[0]);
                for (String p : HostileInput.problems(target, r)) {
                    problems.add(route + " <- " + v.getKey() + ": " + p + " | " + RawHttp.abbreviate(r.body().replace("\n", " ")));
                }
            }
        }
        return problems;
    }

    @Test
    void everyRouteAnswersHostileParametersWithoutServerErrorsOrLeaks() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            List<String> routes = appRoutes(ATLAS);
            assertThat(routes).hasSizeGreaterThan(40);
            assertThat(walk(server.port(), routes)).isEmpty();
        });
    }

    @Test
    void unknownPageAnswersAFriendlyHtmlPageWithALinkHome() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            RawHttp.Reply r = RawHttp.get(server.port(), "/no/such/page");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.body()).contains("Not found", "href=\"/\"").doesNotContain("{");
        });
    }

    @Test
    void unknownApiRouteAnswersJson() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            RawHttp.Reply r = RawHttp.get(server.port(), "/api/no-such-thing");
            assertThat(r.status()).isEqualTo(404);
            assertThat(r.contentType()).startsWith("application/json");
            assertThat(JsonParser.parseString(r.body()).getAsJsonObject().get("error").getAsString()).isNotBlank();
        });
    }

    @Test
    void malformedPercentEncodingOnAPageAnswersAFriendlyBadRequestPage() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            RawHttp.Reply r = RawHttp.send(server.port(), "GET", "/concept/%zz", Map.of("Accept", HostileInput.BROWSER), new byte[0]);
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.contentType()).startsWith("text/html");
            assertThat(r.body()).contains("href=\"/\"");
        });
    }

    @Test
    void unionInjectedIntoAQuestionAddsNoAnswers() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            Set<String> honest = answers(RawHttp.get(server.port(), "/api/ask?q=" + enc("which models use GQA")).body());
            assertThat(honest).hasSizeGreaterThan(3);
            honest.addAll(answers(RawHttp.get(server.port(), "/api/ask?q=GQA").body()));
            for (String hostile : List.of("which models use " + HostileInput.UNION, HostileInput.UNION, "which models use GQA' } UNION { ?s ?p ?o } #")) {
                RawHttp.Reply r = RawHttp.get(server.port(), "/api/ask?q=" + enc(hostile));
                assertThat(r.status()).isEqualTo(200);
                assertThat(answers(r.body())).as(hostile).isSubsetOf(honest);
            }
        });
    }

    @Test
    void unionInjectedIntoANamedQueryParameterAddsNoRows() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            String honest = RawHttp.get(server.port(), "/api/queries/used-by?concept=GQA").body();
            Set<String> honestRows = rows(honest);
            assertThat(honestRows).isNotEmpty();
            RawHttp.Reply r = RawHttp.get(server.port(), "/api/queries/used-by?concept=" + enc(HostileInput.UNION));
            assertThat(r.status()).isIn(200, 400);
            if (r.status() == 200) {
                assertThat(rows(r.body())).isSubsetOf(honestRows);
            }
            RawHttp.Reply definition = RawHttp.get(server.port(), "/api/queries/definition?entity=" + enc("GQA\" . ?s ?p ?o . #"));
            assertThat(definition.status()).isIn(200, 400);
            if (definition.status() == 200) {
                assertThat(rows(definition.body())).hasSizeLessThan(10);
            }
        });
    }

    private static Set<String> answers(String json) {
        Set<String> out = new HashSet<>();
        for (JsonElement a : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("answers")) {
            out.add(a.getAsJsonObject().get("iri").getAsString());
        }
        return out;
    }

    private static Set<String> rows(String json) {
        Set<String> out = new HashSet<>();
        for (JsonElement a : JsonParser.parseString(json).getAsJsonObject().getAsJsonArray("rows")) {
            out.add(a.toString());
        }
        return out;
    }
}
