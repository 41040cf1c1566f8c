package org.llmatlas.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.llmatlas.web.Atlas;
import org.llmatlas.web.AtlasApp;

/** {@code GET /api/export} with JavalinTest over the real notes (store built once for the class). */
class ExportRoutesTest {
    static Atlas atlas;

    @BeforeAll
    static void build() {
        atlas = Fixtures.content();
    }

    static String header(Response r, String name) {
        var values = r.headers().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void exportsTheGqaNeighbourhoodAsGraphmlAttachment() {
        JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
            {
                Response r = client.get("/api/export?focus=GQA&depth=2&format=graphml");
                assertThat(r.code()).isEqualTo(200);
                assertThat(header(r, "Content-Type")).startsWith("application/graphml+xml");
                assertThat(header(r, "Content-Disposition")).isEqualTo("attachment; filename=\"atlas-gqa-depth-2.graphml\"");
                var doc = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body().string().getBytes(StandardCharsets.UTF_8)));
                assertThat(doc.getElementsByTagNameNS(GraphMl.NS, "node").getLength()).isGreaterThan(5);
            }
        });
    }

    @Test
    void exportsTheAlignmentTopicAsAMindmapAndTurtle() {
        JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
            {
                Response r = client.get("/api/export?topic=Alignment&format=mindmap");
                assertThat(r.code()).isEqualTo(200);
                assertThat(header(r, "Content-Disposition")).contains("atlas-topic-alignment-mindmap.mmd");
                assertThat(r.body().string()).startsWith("mindmap\n  root[\"Alignment\"]\n").contains("[\"DPO\"]");
            }
            {
                Response r = client.get("/api/export?topic=Alignment&format=ttl");
                assertThat(header(r, "Content-Type")).startsWith("text/turtle");
                assertThat(r.body().string()).contains("atlas:partOf");
            }
        });
    }

    @Test
    void exportsTheHardVlaQuestionsAsAnkiAndSvg() {
        JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
            {
                Response r = client.get("/api/export?questions=" + q("difficulty:Hard,topic:VLA") + "&format=anki");
                assertThat(r.code()).isEqualTo(200);
                assertThat(header(r, "Content-Type")).startsWith("text/tab-separated-values");
                assertThat(header(r, "Content-Disposition")).contains("-anki.tsv");
                assertThat(r.body().string()).startsWith("#separator:tab\n").contains("difficulty::Hard");
            }
            if (Graphviz.defaults().available()) {
                {
                Response r = client.get("/api/export?questions=" + q("difficulty:Hard,topic:VLA") + "&format=svg");
                    assertThat(r.code()).isEqualTo(200);
                    assertThat(header(r, "Content-Type")).startsWith("image/svg+xml");
                    assertThat(r.body().string()).contains("<svg");
                }
            }
        });
    }

    @Test
    void badParametersAre400JsonWithoutAStackTrace() {
        JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
            for (String path : new String[] {"/api/export?focus=GQA&format=pdf", "/api/export?format=ttl",
                    "/api/export?focus=GQA&topic=VLA&format=ttl", "/api/export?focus=zzzqqqxxx&format=ttl",
                    "/api/export?questions=" + q("level:9") + "&format=anki", "/api/export?focus=GQA&relations=likes",
                    "/api/export?focus=GQA&depth=two"}) {
                {
                Response r = client.get(path);
                    String body = r.body().string();
                    assertThat(r.code()).as(path).isEqualTo(400);
                    assertThat(body).as(path).startsWith("{\"error\":").doesNotContain("Exception", "\tat ");
                }
            }
        });
    }
}
