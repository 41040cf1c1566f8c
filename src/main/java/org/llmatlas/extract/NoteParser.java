package org.llmatlas.extract;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Markdown into a flat list of {@link Block}s with line numbers. Code and HTML are skipped; a
 * fenced block without a language is kept whole as a diagram, for {@link Diagrams}. Their lines never
 * become headings, terms or sentences (a {@code # comment} inside a fenced block is not a heading). The Flexmark parser is built once and is thread-safe.
 */
final class NoteParser {
    /** "[Medium] 질문?" then, on the next lines, the answer after "→ 답:", "답:", "A:" or "→". */
    private static final java.util.regex.Pattern LIST_QUESTION = java.util.regex.Pattern.compile(
            "`?\\[(Easy|Medium|Hard)]`?\\s*([^\\n]+\\?)\\s*(?:\\n\\s*(?:→\\s*)?(?:답|A|Answer)?\\s*[:：]?\\s*(.*))?",
            java.util.regex.Pattern.DOTALL | java.util.regex.Pattern.CASE_INSENSITIVE);
    /** The info string of a fenced block that holds text rather than code: none, or text. */
    private static final java.util.regex.Pattern PLAIN_TEXT = java.util.regex.Pattern.compile("(?i)\\s*(?:text|txt|plaintext)?\\s*");
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
        new Walk(lineStarts(text), out).walk(parse(text), 0);
        return out;
    }

    /** Offsets at which each line starts; Flexmark's own line lookup rescans the document per call. */
    private static int[] lineStarts(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        int[] starts = new int[n];
        for (int i = 0, k = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return starts;
    }

    /** One traversal: the line table and the output list. */
    private record Walk(int[] lineStarts, List<Block> out) {
        int line(Node n) {
            int i = java.util.Arrays.binarySearch(lineStarts, n.getStartOffset());
            return (i >= 0 ? i : -i - 2) + 1;
        }

    private void walk(Node node, int depth) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                out.add(new Block(Block.Kind.HEADING, h.getText().toString().strip(),
                        line(h), h.getLevel(), 0, false));
            } else if (child instanceof ListItem item) {
                Node first = item.getFirstChild();
                boolean ordered = item instanceof OrderedListItem;
                if (first instanceof Paragraph p && ordered && listQuestion((OrderedListItem) item, p)) {
                    // "1. [Medium] 질문?" + "→ 답: …": a Q&A item written as a numbered list, read as "**Q1. [Medium] 질문?**"
                } else if (first instanceof Paragraph p) {
                    out.add(new Block(Block.Kind.ITEM, p.getChars().toString().strip(),
                            line(p), 0, depth + 1, ordered));
                }
                for (Node rest = first == null ? null : (first instanceof Paragraph ? first.getNext() : first);
                        rest != null; rest = rest.getNext()) {
                    walkOne(rest, depth + 1);
                }
            } else {
                walkOne(child, depth);
            }
        }
    }

    /**
     * A numbered item opening with a difficulty and a question ("3. [Medium] SentencePiece는 무엇을 해결했나?") is a
     * question paragraph; the rest of its paragraph ("→ 답: …", "A: …") is the first paragraph of its answer.
     */
    private boolean listQuestion(OrderedListItem item, Paragraph p) {
        String text = p.getChars().toString().strip();
        if (text.isEmpty() || text.charAt(0) != '[' && text.charAt(0) != '`') {
            return false;
        }
        java.util.regex.Matcher m = LIST_QUESTION.matcher(text);
        if (!m.matches()) {
            return false;
        }
        String number = item.getOpeningMarker().toString().replaceAll("\\D", "");
        out.add(new Block(Block.Kind.PARAGRAPH, "**Q" + number + ". `[" + m.group(1) + "]` " + m.group(2).strip() + "**", line(p), 0, 0, false));
        if (m.group(3) != null && !m.group(3).isBlank()) {
            out.add(new Block(Block.Kind.PARAGRAPH, m.group(3).strip(), line(p) + 1, 0, 0, false));
        }
        return true;
    }

    private void walkOne(Node node, int depth) {
        if (node instanceof Paragraph p) {
            out.add(new Block(Block.Kind.PARAGRAPH, p.getChars().toString().strip(),
                    line(p), 0, depth, false));
        } else if (node instanceof BulletList || node instanceof OrderedList || node instanceof BlockQuote) {
            walk(node, depth);
        } else if (node instanceof TableBlock t) {
            out.add(new Block(Block.Kind.TABLE, t.getChars().toString(), line(t), 0, depth, false));
        } else if (node instanceof FencedCodeBlock f && PLAIN_TEXT.matcher(f.getInfo()).matches()) {
            // a fenced block without a language is a diagram; its first line is the one after the fence
            out.add(new Block(Block.Kind.DIAGRAM, f.getContentChars().toString(), line(f) + 1, 0, depth, false));
        }
        // code, HTML, thematic breaks: not prose
    }
    }
}
