package org.llmatlas.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.Sparql;
import org.llmatlas.search.SearchIndex;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;
import org.llmatlas.sync.ContentSync;
import org.llmatlas.sync.ProgressSink;
import org.llmatlas.sync.SyncReport;

/**
 * After an update of the store, the entity and search indexes are updated for the entities the
 * replaced graphs describe (as {@code serve --watch} does), and answer as indexes rebuilt from the
 * whole graph would.
 */
class IncrementalRefreshTest {
    private static final String A = """
            # 노트 A

            ## 1. 핵심 용어

            - **Zeta Attention (ZA)**: 가상의 어텐션 기법.
            - **Gamma Pooling**: 가상의 풀링 기법.
            - **Omega Norm**: 가상의 정규화 기법.
            """;
    private static final String B = """
            # 노트 B

            ## 1. 핵심 용어

            - **Omega Norm**: 다른 노트에서 다시 설명한 정규화 기법.
            - **Sigma Router**: 가상의 라우터.
            """;

    @TempDir
    Path tmp;
    private Path content;
    private TdbStore store;
    private ContentSync sync;
    private Atlas atlas;
    /** The entities the last update changed. */
    private Set<String> changed = Set.of();

    @BeforeEach
    void build() throws IOException {
        content = Files.createDirectories(tmp.resolve("content"));
        write("note-a.md", A);
        write("note-b.md", B);
        // the seed notes beside them, so that one note's entities are a small part of the graph (else it is rebuilt)
        try (var seeds = Files.list(Path.of("content"))) {
            for (Path p : (Iterable<Path>) seeds.filter(p -> p.toString().endsWith(".md"))::iterator) {
                Files.copy(p, content.resolve(p.getFileName()));
            }
        }
        store = AtlasStore.persistent(tmp.resolve("data"));
        sync = new ContentSync(content, store, ProgressSink.NONE);
        sync.sync(false);
        atlas = Atlas.over(store, Sparql.defaults(), store::texts).ready();
        atlas.search(); // built, so that it is updated rather than built again
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRenamedRemovedOrAddedEntityIsFoundOrNotAfterTheUpdate() throws IOException {
        String zeta = iri("Zeta Attention");
        String gamma = iri("Gamma Pooling");
        write("note-a.md", """
                # 노트 A

                ## 1. 핵심 용어

                - **Theta Mixer (TM)**: 가상의 어텐션 기법.
                - **Kappa Routing**: 새로 추가한 라우팅 기법.
                """);
        update();
        EntityIndex index = atlas.index();
        assertThat(index.exact("Zeta Attention")).isEmpty();
        assertThat(index.exact("Gamma Pooling")).isEmpty();
        assertThat(index.byIri(zeta)).isNull();
        assertThat(index.best("Theta Mixer")).isNotNull();
        assertThat(index.best("TM")).isEqualTo(index.best("Theta Mixer"));
        assertThat(index.best("Kappa Routing")).isNotNull();
        assertThat(searchIris("Zeta Attention")).doesNotContain(zeta);
        assertThat(searchIris("Gamma Pooling")).doesNotContain(gamma);
        assertThat(searchIris("Theta Mixer")).first().isEqualTo(iri("Theta Mixer"));
        assertThat(searchIris("Kappa Routing")).first().isEqualTo(iri("Kappa Routing"));
        assertSameAsRebuilt();
    }

    @Test
    void anEntityDescribedByTwoNotesSurvivesRemovingItFromOne() throws IOException {
        String omega = iri("Omega Norm");
        write("note-a.md", A.replace("- **Omega Norm**: 가상의 정규화 기법.\n", ""));
        update();
        assertThat(atlas.index().best("Omega Norm").iri()).isEqualTo(omega);
        assertThat(searchIris("Omega Norm")).first().isEqualTo(omega);
        assertSameAsRebuilt();

        write("note-b.md", B.replace("- **Omega Norm**: 다른 노트에서 다시 설명한 정규화 기법.\n", ""));
        update();
        assertThat(atlas.index().exact("Omega Norm")).isEmpty();
        assertThat(searchIris("Omega Norm")).doesNotContain(omega);
        assertSameAsRebuilt();
    }

    @Test
    void aRewordedDefinitionIsSearchedByItsNewWords() throws IOException {
        String sigma = iri("Sigma Router");
        assertThat(searchIris("전문가 선택")).doesNotContain(sigma);
        write("note-b.md", B.replace("가상의 라우터.", "토큰마다 전문가 선택을 하는 가상의 라우터."));
        SyncReport r = update();
        assertThat(r.full()).isFalse();
        assertThat(searchIris("전문가 선택")).first().isEqualTo(sigma);
        assertSameAsRebuilt();
    }

    @Test
    void readersOfTheIndexesBeforeAnUpdateGoOnSeeingThemWhole() throws IOException {
        EntityIndex index = atlas.index();
        SearchIndex search = atlas.search();
        String zeta = iri("Zeta Attention");
        write("note-a.md", A.replace("Zeta Attention (ZA)", "Theta Mixer (TM)"));
        update();
        assertThat(atlas.index().byIri(zeta)).isNull();
        assertThat(index.best("Zeta Attention").iri()).isEqualTo(zeta);
        assertThat(index.exact("Theta Mixer")).isEmpty();
        assertThat(search.search("Zeta Attention", 5).get(0).iri()).isEqualTo(zeta);
    }

    @Test
    void theApiAnswersFromTheUpdatedIndexes() throws IOException {
        String zeta = iri("Zeta Attention");
        write("note-a.md", A.replace("Zeta Attention (ZA)", "Theta Mixer (TM)"));
        update();
        JavalinTest.test(AtlasApp.create(atlas), (server, client) -> {
            assertThat(apiSearch(client, "Theta Mixer")).first().isEqualTo(iri("Theta Mixer"));
            assertThat(apiSearch(client, "Zeta Attention")).doesNotContain(zeta);
            String ask = client.get("/api/ask?q=" + q("Theta Mixer란?")).body().string();
            assertThat(ask).contains(iri("Theta Mixer"));
        });
    }

    private SyncReport update() {
        SyncReport r = sync.sync(false);
        assertThat(r.changedAnything()).isTrue();
        assertThat(r.entities()).isNotEmpty().hasSizeLessThan(atlas.index().size() / 4); // updated, not rebuilt
        atlas.refresh(r.entities());
        changed = r.entities();
        return r;
    }

    /** The updated indexes hold what indexes built from the whole graph hold. */
    private void assertSameAsRebuilt() {
        EntityIndex rebuilt;
        try (RDFConnection conn = store.connect()) {
            rebuilt = EntityIndex.load(conn);
        }
        assertThat(new HashSet<>(atlas.index().all())).isEqualTo(new HashSet<>(rebuilt.all()));
        for (EntityIndex.Entry e : rebuilt.all()) {
            if (!changed.contains(e.iri())) {
                continue;
            }
            for (String name : e.names()) {
                assertThat(Set.copyOf(atlas.index().resolve(name))).as(name).isEqualTo(Set.copyOf(rebuilt.resolve(name)));
                assertThat(searchIris(name)).as(name).contains(e.iri());
            }
        }
    }

    private String iri(String name) {
        return atlas.index().best(name).iri();
    }

    private List<String> searchIris(String q) {
        return atlas.search().search(q, 10).stream().map(SearchIndex.Hit::iri).toList();
    }

    private static List<String> apiSearch(io.javalin.testtools.HttpClient client, String text) throws IOException {
        JsonArray hits = JsonParser.parseString(client.get("/api/search?q=" + q(text)).body().string()).getAsJsonArray();
        return hits.asList().stream().map(JsonElement::getAsJsonObject).map(h -> h.get("iri").getAsString()).toList();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(content.resolve(name), text, StandardCharsets.UTF_8);
    }
}
