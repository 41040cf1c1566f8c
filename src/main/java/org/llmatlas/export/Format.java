package org.llmatlas.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The export formats, with the file extension and content type each is served with. */
public enum Format {
    TTL("ttl", "text/turtle; charset=utf-8", false),
    JSONLD("jsonld", "application/ld+json; charset=utf-8", false),
    TRIG("trig", "application/trig; charset=utf-8", false),
    NT("nt", "application/n-triples; charset=utf-8", false),
    CSV("zip", "application/zip", true),
    GRAPHML("graphml", "application/graphml+xml; charset=utf-8", false),
    DOT("dot", "text/vnd.graphviz; charset=utf-8", false),
    MERMAID("mmd", "text/vnd.mermaid; charset=utf-8", false),
    MINDMAP("mmd", "text/vnd.mermaid; charset=utf-8", false),
    CYJS("cyjs", "application/json; charset=utf-8", false),
    SVG("svg", "image/svg+xml", false),
    PNG("png", "image/png", true),
    STUDYMAP("md", "text/markdown; charset=utf-8", false),
    STUDYMAP_MERMAID("mmd", "text/vnd.mermaid; charset=utf-8", false),
    ANKI("tsv", "text/tab-separated-values; charset=utf-8", false);

    private final String extension;
    private final String contentType;
    private final boolean binary;

    Format(String extension, String contentType, boolean binary) {
        this.extension = extension;
        this.contentType = contentType;
        this.binary = binary;
    }

    /** The name used on the command line and in {@code ?format=}: {@code ttl}, {@code studymap-mermaid}, … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Binary output (a zip, a PNG) that must go to a file, not a terminal. */
    public boolean binary() {
        return binary;
    }

    public static Format parse(String id) {
        String v = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        for (Format f : values()) {
            if (f.id().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + QuestionFilter.clip(v) + "' (formats: " + ids() + ")");
    }

    public static String ids() {
        return Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", "));
    }
}
