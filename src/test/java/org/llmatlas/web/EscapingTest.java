package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;
import org.llmatlas.query.EntityIndex;

/** Markup in a note stays text on every page that shows it. */
class EscapingTest {
    private static final Atlas ATLAS = TestAtlas.of(Path.of("src/test/resources/fixtures/evil"));

    private static EntityIndex.Entry evil() {
        return ATLAS.index().all().stream().filter(e -> e.label().contains("<script>")).findFirst().orElseThrow();
    }

    @Test
    void fixtureNoteYieldsAConceptWithMarkupInItsName() {
        assertThat(evil().label()).contains("<script>alert(1)</script>");
    }

    @Test
    void conceptPageShowsScriptAndImageMarkupAsInertText() {
        String id = evil().iri().substring(evil().iri().lastIndexOf('/') + 1);
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            {
                Response r = client.get("/concept/" + org.llmatlas.web.pages.Links.seg(id));
                String body = r.body().string();
                assertThat(r.code()).isEqualTo(200);
                assertThat(body).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                        .doesNotContain("\"><img").doesNotContain("<b>bold</b>")
                        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
            }
        });
    }

    @Test
    void searchAndSourcePagesEscapeTheSameMarkup() {
        JavalinTest.test(AtlasApp.create(ATLAS), (server, client) -> {
            {
                Response r = client.get("/search?q=attention");
                assertThat(r.body().string()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
            }
            {
                Response r = client.get("/source/evil-keywords");
                assertThat(r.body().string()).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
                        .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            }
            {
                Response r = client.get("/search?q=%3Cscript%3Ealert(1)%3C/script%3E");
                assertThat(r.body().string()).doesNotContain("<script>alert(1)</script>");
            }
        });
    }
}
