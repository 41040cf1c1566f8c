package org.llmatlas.store;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.llmatlas.vocab.Atlas;

/**
 * The texts a persistent store keeps, by document name, read from the store on each lookup (so the
 * notes' texts are not held in memory, and a lookup always sees the last committed update).
 */
final class NoteTexts extends AbstractMap<String, String> {
    private final DatasetGraph dsg;

    NoteTexts(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    @Override
    public String get(Object document) {
        return document instanceof String name ? Txn.calculateRead(dsg, () -> Manifest.text(dsg, Atlas.GRAPH + name)) : null;
    }

    @Override
    public boolean containsKey(Object document) {
        return get(document) != null;
    }

    @Override
    public int size() {
        return names().size();
    }

    private List<String> names() {
        return Txn.calculateRead(dsg, () -> Manifest.graphs(dsg).stream()
                .filter(iri -> iri.startsWith(Atlas.GRAPH)).map(iri -> iri.substring(Atlas.GRAPH.length())).sorted().toList());
    }

    @Override
    public java.util.Set<Map.Entry<String, String>> entrySet() {
        List<String> names = names();
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                Iterator<String> it = names.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, String> next() {
                        String n = it.next();
                        return Map.entry(n, NoteTexts.this.get(n));
                    }
                };
            }

            @Override
            public int size() {
                return names.size();
            }
        };
    }
}
