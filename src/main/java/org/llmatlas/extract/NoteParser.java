package org.llmatlas.extract;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Markdown into a flat list of {@link Block}s with line numbers. Code blocks, tables and HTML
 * are skipped: their lines never become headings, terms or sentences (a {@code # comment} inside a
 * fenced block is not a heading). The Flexmark parser is built once and is thread-safe.
 */
final class NoteParser {
    private final Parser parser;

    NoteParser() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        parser = Parser.builder(options).build();
    }

    /** Parses Markdown only (used by the benchmark as the baseline). */
    Node parse(String text) {
        return parser.parse(text);
    }

    List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        walk(parse(text), 0, out);
        return out;
    }

    private void walk(Node node, int depth, List<Block> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                out.add(new Block(Block.Kind.HEADING, h.getText().toString().strip(),
                        h.getStartLineNumber() + 1, h.getLevel(), 0, false));
            } else if (child instanceof ListItem item) {
                Node first = item.getFirstChild();
                boolean ordered = item instanceof OrderedListItem;
                if (first instanceof Paragraph p) {
                    out.add(new Block(Block.Kind.ITEM, p.getChars().toString().strip(),
                            p.getStartLineNumber() + 1, 0, depth + 1, ordered));
                }
                for (Node rest = first == null ? null : (first instanceof Paragraph ? first.getNext() : first);
                        rest != null; rest = rest.getNext()) {
                    walkOne(rest, depth + 1, out);
                }
            } else {
                walkOne(child, depth, out);
            }
        }
    }

    private void walkOne(Node node, int depth, List<Block> out) {
        if (node instanceof Paragraph p) {
            out.add(new Block(Block.Kind.PARAGRAPH, p.getChars().toString().strip(),
                    p.getStartLineNumber() + 1, 0, depth, false));
        } else if (node instanceof BulletList || node instanceof OrderedList || node instanceof BlockQuote) {
            walk(node, depth, out);
        }
        // fenced/indented code, tables, HTML, thematic breaks: not prose
    }
}
