package org.llmatlas.web.pages;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Answers rendered from Markdown. Raw HTML in the notes is escaped (shown as text, never run),
 * and {@code javascript:} links are suppressed. Parser and renderer are built once and reused.
 */
final class Markdown {
    private static final MutableDataSet OPTIONS = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)\\s*(?:javascript|vbscript|data):.*")
            .set(HtmlRenderer.SOFT_BREAK, "<br>\n");
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Markdown() {}

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown == null ? "" : markdown));
    }
}
