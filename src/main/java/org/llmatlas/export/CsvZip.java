package org.llmatlas.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code nodes.csv} + {@code edges.csv} in a zip, with the column names Gephi's spreadsheet import
 * recognises ({@code Id}, {@code Label}; {@code Source}, {@code Target}, {@code Type}). RFC 4180
 * quoting, UTF-8 with a byte-order mark so spreadsheets detect the encoding.
 */
final class CsvZip {
    private CsvZip() {}

    static String nodes(GraphView v) {
        StringBuilder b = new StringBuilder("Id,Label,Type,Section,IRI,Definition,Source,Color\r\n");
        for (GraphView.ViewNode n : v.nodes()) {
            String section = n.group() == null ? "" : v.groups().values().stream().filter(g -> g.id().equals(n.group()))
                    .findFirst().map(GraphView.Group::label).orElse("");
            row(b, n.id(), n.label(), n.type(), section, n.iri(), n.definition(), n.source(), GraphView.colour(n.type()));
        }
        return b.toString();
    }

    static String edges(GraphView v) {
        StringBuilder b = new StringBuilder("Source,Target,Type,Label,Relation,Cue,Evidence\r\n");
        for (GraphView.ViewEdge e : v.edges()) {
            row(b, e.source(), e.target(), "Directed", e.relation(), e.relation(), e.cue(), e.evidence());
        }
        return b.toString();
    }

    static byte[] write(GraphView v) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, "nodes.csv", nodes(v));
            entry(zip, "edges.csv", edges(v));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void row(StringBuilder b, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            b.append(i == 0 ? "" : ",").append(Escape.csv(cells[i] == null ? "" : cells[i]));
        }
        b.append("\r\n");
    }
}
