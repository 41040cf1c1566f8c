package org.llmatlas.export;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Assumptions;
import org.llmatlas.extract.Extraction;
import org.llmatlas.extract.Extractor;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.web.Atlas;

/** Atlases for export tests: the small fixture TriG, or the real {@code content/} folder (as {@code ContentOption.atlas} builds it). */
final class Fixtures {
    private Fixtures() {}

    static Atlas fixture() {
        Dataset ds = RDFDataMgr.loadDataset("src/test/resources/export/fixture.trig");
        AtlasStore store = AtlasStore.inMemory();
        store.replaceGraphs(ds);
        return Atlas.over(store, Sparql.defaults());
    }

    static Atlas content() {
        NoteLoader.Loaded loaded = new NoteLoader().loadDirectory(Path.of("content"));
        Extraction x = new Extractor().extract(loaded.notes());
        AtlasStore store = AtlasStore.inMemory();
        store.replaceGraphs(x.dataset());
        return Atlas.over(store, Sparql.defaults());
    }

    static Selections selections(Atlas atlas) {
        return new Selections(atlas::connect, atlas.index(), atlas.sparql(), atlas.neighbourhood());
    }

    static Exporter exporter(Atlas atlas) {
        return new Exporter(atlas::connect, atlas.sparql(), Graphviz.defaults());
    }

    /** Skips when Graphviz is missing, unless ATLAS_REQUIRE_GRAPHVIZ=1 (CI), which makes it a failure. */
    static void assumeGraphviz() {
        if (Graphviz.defaults().available()) {
            return;
        }
        if ("1".equals(System.getenv("ATLAS_REQUIRE_GRAPHVIZ"))) {
            fail("Graphviz 'dot' is not installed but ATLAS_REQUIRE_GRAPHVIZ=1; apt-get install graphviz");
        }
        Assumptions.assumeTrue(false, "Graphviz 'dot' is not installed (apt-get install graphviz); skipping the render check");
    }
}
