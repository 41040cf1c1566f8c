package org.llmatlas.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;

/**
 * A hash of a graph's content: SHA-256 of its sorted N-Triples lines. Equal graphs without blank
 * nodes (the extractor makes none) hash equally, so an unchanged graph need not be rewritten.
 */
final class GraphHash {
    private GraphHash() {
    }

    static String of(Graph g) {
        List<String> lines = new ArrayList<>(g.size());
        g.find().forEachRemaining(t -> lines.add(NodeFmtLib.str(t)));
        lines.sort(null);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                md.update(line.getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
