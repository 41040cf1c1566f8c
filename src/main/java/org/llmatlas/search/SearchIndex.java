package org.llmatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.llmatlas.query.EntityIndex;
import org.llmatlas.query.Sparql;

/**
 * An in-memory Lucene index over the names (labels and aliases) and definitions of every entity
 * and topic, in both languages. Ranking, best first: a name typed exactly, a name it begins,
 * the words of a name (Korean decompounded by Nori, Korean loanwords matched to their English),
 * the same within a small typo, and last the words of a definition. Immutable once built: an
 * update of the store makes a new snapshot with {@link #updated}.
 */
public final class SearchIndex {
    /** One result. */
    public record Hit(String iri, String label, String type) {}

    private static final String DEFINITIONS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT DISTINCT ?iri ?definition WHERE { ?iri skos:definition ?definition }""";
    /** The field an entity's document is found by when it is updated. */
    private static final String ID = "id";
    private static final float EXACT = 1000f;
    private static final float PREFIX = 200f;
    private static final float NAME = 10f;
    private static final float FUZZY = 2f;
    private static final float DEFINITION = 1f;
    private static final float PHRASE_NAME = 20f;
    private static final float PHRASE_DEFINITION = 5f;

    private final Analyzer analyzer = new AtlasAnalyzer();
    private final Updates updates;
    private final IndexSearcher searcher;

    /**
     * What the snapshots of one index share: its directory, the writer updates go through (one at a
     * time; opened at the first update, so an index that is never updated holds no writer and its
     * buffers), and the reader of its latest commit (a new reader shares the unchanged segments with it).
     */
    private static final class Updates {
        final Directory directory;
        IndexWriter writer;
        DirectoryReader latest;

        Updates(Directory directory, DirectoryReader latest) {
            this.directory = directory;
            this.latest = latest;
        }

        IndexWriter writer() throws IOException {
            if (writer == null) {
                writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND));
            }
            return writer;
        }
    }

    /** Merges run in the thread that commits, so an update is done when it returns. */
    private static IndexWriterConfig config() {
        return new IndexWriterConfig(new AtlasAnalyzer()).setMergeScheduler(new SerialMergeScheduler());
    }

    private SearchIndex(Updates updates) {
        this.updates = updates;
        this.searcher = new IndexSearcher(updates.latest);
    }

    /** Indexes every entry of {@code index} with the definitions found through {@code conn}. */
    public static SearchIndex build(RDFConnection conn, EntityIndex index) {
        Map<String, List<String>> definitions = definitions(conn, Sparql.parse(DEFINITIONS));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, config())) {
            for (EntityIndex.Entry e : index.all()) {
                w.addDocument(document(e, definitions));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the search index", e);
        }
        try {
            return new SearchIndex(new Updates(dir, DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /**
     * A new index: this one with the entities {@code iris} indexed again as {@code index} (the
     * entity index already updated) describes them, with their definitions read through
     * {@code conn}; an entity {@code index} no longer has is dropped. This index is not changed: it
     * goes on answering from the snapshot it was opened on, so readers never see half an update.
     */
    public SearchIndex updated(RDFConnection conn, EntityIndex index, Collection<String> iris) {
        if (iris.isEmpty()) {
            return this;
        }
        Map<String, List<String>> definitions = definitions(conn, Sparql.withValuesFirst(DEFINITIONS, "iri", iris));
        synchronized (updates) {
            try {
                IndexWriter writer = updates.writer();
                for (String iri : iris) {
                    EntityIndex.Entry e = index.byIri(iri);
                    if (e == null) {
                        writer.deleteDocuments(new Term(ID, iri));
                    } else {
                        writer.updateDocument(new Term(ID, iri), document(e, definitions));
                    }
                }
                writer.commit();
                DirectoryReader next = DirectoryReader.openIfChanged(updates.latest);
                if (next != null) {
                    updates.latest = next; // the previous reader stays open for the snapshots still answering from it
                }
                return new SearchIndex(updates);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the search index", e);
            }
        }
    }

    private static Map<String, List<String>> definitions(RDFConnection conn, org.apache.jena.query.Query query) {
        Map<String, List<String>> definitions = new LinkedHashMap<>();
        conn.querySelect(query, (QuerySolution row) -> definitions
                .computeIfAbsent(row.getResource("iri").getURI(), k -> new ArrayList<>())
                .add(row.getLiteral("definition").getLexicalForm()));
        return definitions;
    }

    private static Document document(EntityIndex.Entry e, Map<String, List<String>> definitions) {
        Document d = new Document();
        d.add(new StringField(ID, e.iri(), Field.Store.NO));
        d.add(new StoredField("iri", e.iri()));
        d.add(new StoredField("label", e.label()));
        d.add(new StoredField("type", e.type()));
        for (String name : e.names()) {
            d.add(new StringField("key", EntityIndex.key(name), Field.Store.NO));
            String noQualifier = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
            if (!noQualifier.isEmpty() && !noQualifier.equals(name)) {
                d.add(new StringField("key", EntityIndex.key(noQualifier), Field.Store.NO));
            }
            d.add(new TextField("name", name, Field.Store.NO));
        }
        for (String def : definitions.getOrDefault(e.iri(), List.of())) {
            d.add(new TextField("definition", def, Field.Store.NO));
        }
        return d;
    }

    /** The best {@code limit} hits for what a person typed; empty for a blank query. */
    public List<Hit> search(String typed, int limit) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        try {
            ScoreDoc[] docs = searcher.search(query(q), Math.max(limit * 3, 30)).scoreDocs;
            List<Scored> scored = new ArrayList<>();
            for (ScoreDoc sd : docs) {
                Document d = searcher.storedFields().document(sd.doc);
                String type = d.get("type");
                // sections come after things of the same relevance
                float score = type.equals("Topic") ? sd.score * 0.7f : sd.score;
                scored.add(new Scored(new Hit(d.get("iri"), d.get("label"), type), score));
            }
            scored.sort(Comparator.comparingDouble(Scored::score).reversed());
            return scored.stream().limit(limit).map(Scored::hit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    private record Scored(Hit hit, float score) {}

    private Query query(String q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String key = EntityIndex.key(q);
        String stripped = EntityIndex.key(EntityIndex.stripParticles(q));
        if (!key.isEmpty()) {
            b.add(constant(new TermQuery(new Term("key", key)), EXACT), Occur.SHOULD);
            if (!stripped.equals(key) && !stripped.isEmpty()) {
                b.add(constant(new TermQuery(new Term("key", stripped)), EXACT), Occur.SHOULD);
            }
            if (key.length() >= 2) {
                b.add(constant(new PrefixQuery(new Term("key", key)), PREFIX), Occur.SHOULD);
            }
        }
        List<String> all = terms(q);
        if (all.size() > 1) {
            b.add(new BoostQuery(phrase("name", all), PHRASE_NAME), Occur.SHOULD);
            b.add(new BoostQuery(phrase("definition", all), PHRASE_DEFINITION), Occur.SHOULD);
        }
        for (String en : Loanwords.phrases(q)) {
            b.add(new BoostQuery(phrase("name", terms(en)), PHRASE_NAME), Occur.SHOULD);
        }
        for (String term : all) {
            BooleanQuery.Builder one = new BooleanQuery.Builder();
            Set<String> variants = new LinkedHashSet<>();
            variants.add(term);
            for (String en : Loanwords.english(term)) {
                variants.addAll(terms(en));
            }
            // "coding" also finds the definitions that say 코딩 (the notes explain in Korean what they name in English)
            for (String ko : koreanByStem().getOrDefault(term, List.of())) {
                one.add(new BoostQuery(new TermQuery(new Term("definition", ko)), DEFINITION), Occur.SHOULD);
            }
            for (String v : variants) {
                one.add(new BoostQuery(new TermQuery(new Term("name", v)), NAME), Occur.SHOULD);
                one.add(new BoostQuery(new TermQuery(new Term("definition", v)), DEFINITION), Occur.SHOULD);
                if (v.length() >= 4) {
                    int edits = v.length() >= 8 ? 2 : 1;
                    one.add(new BoostQuery(new FuzzyQuery(new Term("name", v), edits, 1), FUZZY), Occur.SHOULD);
                }
            }
            b.add(one.build(), Occur.SHOULD);
        }
        return b.build();
    }

    private Map<String, List<String>> koreanByStem;

    /** The analysed Korean words of the loanword table by the analysed form of their English ("reason" → 추론). */
    private Map<String, List<String>> koreanByStem() {
        if (koreanByStem == null) {
            Map<String, List<String>> m = new java.util.HashMap<>();
            Loanwords.pairs().forEach((ko, en) -> terms(en).forEach(stem -> m.computeIfAbsent(stem, k -> new ArrayList<>()).addAll(terms(ko))));
            koreanByStem = m;
        }
        return koreanByStem;
    }

    private static Query phrase(String field, List<String> terms) {
        PhraseQuery.Builder p = new PhraseQuery.Builder().setSlop(1);
        terms.forEach(t -> p.add(new Term(field, t)));
        return p.build();
    }

    private static Query constant(Query q, float boost) {
        return new BoostQuery(new ConstantScoreQuery(q), boost);
    }

    private List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("name", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (!out.contains(t.toString())) {
                    out.add(t.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
