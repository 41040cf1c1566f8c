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
    /** "정의:", "Definition:", "설명:": the label of a keyword's definition written as its first sub-item. */
    private static final java.util.regex.Pattern DEFINITION_LABEL = java.util.regex.Pattern.compile("(?:정의|설명|(?i:definition))\\s*[:：]\\s*");
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
        new Walk(lineStarts(text), out, new QaLayouts()).walk(parse(text), 0);
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
    private record Walk(int[] lineStarts, List<Block> out, QaLayouts qa) {
        int line(Node n) {
            int i = java.util.Arrays.binarySearch(lineStarts, n.getStartOffset());
            return (i >= 0 ? i : -i - 2) + 1;
        }

    private void walk(Node node, int depth) {
        walkFrom(node.getFirstChild(), depth);
    }

    /** {@code start} and the nodes after it, children of one node. */
    private void walkFrom(Node start, int depth) {
        boolean answering = false; // the items before were a question and its answers ("- Q: …", "- A: …")
        for (Node child = start; child != null; child = child.getNext()) {
            if (child instanceof Heading h) {
                String text = h.getText().toString().strip();
                String asked = qa.heading(text); // "### [Medium] Q7. …", "### Q8. …? [Easy]": read as "### Q7. [Medium] …"
                out.add(new Block(Block.Kind.HEADING, asked != null ? asked : text, line(h), h.getLevel(), 0, false));
            } else if (child instanceof ListItem item) {
                Node first = item.getFirstChild();
                boolean ordered = item instanceof OrderedListItem;
                String[] asked = first instanceof Paragraph p && !ordered ? qa.listQuestion(p.getChars().toString().strip()) : null;
                String answer = answering && first instanceof Paragraph p && !ordered ? QaLayouts.answerItem(p.getChars().toString().strip()) : null;
                answering = asked != null || answer != null;
                if (first instanceof Paragraph p && ordered && listQuestion((OrderedListItem) item, p)) {
                    // "1. [Medium] 질문?" + "→ 답: …": a Q&A item written as a numbered list, read as "**Q1. [Medium] 질문?**"
                } else if (asked != null) {
                    question(asked, line(first)); // "- Q: [Medium] 질문?" then "- A: …": the item is the question
                } else if (answer != null) {
                    out.add(new Block(Block.Kind.PARAGRAPH, answer.strip(), line(first), 0, 0, false));
                } else if (first instanceof Paragraph p && definitionItem(p) != null) {
                    // "- **CLIP**" over "- 정의: …", "- 예시: …": the keyword with its definition (on the definition's line)
                    Paragraph defined = definitionItem(p);
                    out.add(new Block(Block.Kind.ITEM, p.getChars().toString().strip() + ": " + definition(defined),
                            line(defined), 0, depth + 1, ordered));
                    walkAfter(defined, depth + 2);
                    continue;
                } else if (first instanceof Paragraph p && namedOverList(p)) {
                    // "- **Twin Tower**" over sub-items: a keyword (no definition of its own) the sub-items are about
                    out.add(new Block(Block.Kind.ITEM, p.getChars().toString().strip() + ":", line(p), 0, depth + 1, ordered));
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
        String asked = "**Q" + number + ". `[" + m.group(1) + "]` " + m.group(2).strip() + "**";
        qa.seen(Layout.question(asked));
        out.add(new Block(Block.Kind.PARAGRAPH, asked, line(p), 0, 0, false));
        if (m.group(3) != null && !m.group(3).isBlank()) {
            out.add(new Block(Block.Kind.PARAGRAPH, m.group(3).strip(), line(p) + 1, 0, 0, false));
        }
        return true;
    }

    /**
     * "- **CLIP (…)**" whose first sub-item is "정의: …" ("Definition:", "설명:"): a keyword whose definition is written
     * beneath it, read as "- **CLIP (…)**: …"; that sub-item's paragraph, else null.
     */
    private static Paragraph definitionItem(Paragraph p) {
        if (p.getChars().length() < 5 || p.getChars().charAt(0) != '*' || Layout.boldOnly(p.getChars().toString().strip()) == null
                || !(p.getNext() instanceof BulletList list) || !(list.getFirstChild() instanceof ListItem first)
                || !(first.getFirstChild() instanceof Paragraph def)) {
            return null;
        }
        return DEFINITION_LABEL.matcher(def.getChars()).lookingAt() ? def : null;
    }

    /** A bullet that is only a bold name ("**Plain Bold**", not "**장점**") with a list of sub-items under it. */
    private static boolean namedOverList(Paragraph p) {
        if (p.getChars().length() < 5 || p.getChars().charAt(0) != '*' || !(p.getNext() instanceof BulletList)) {
            return false;
        }
        String bold = Layout.boldOnly(p.getChars().toString().strip());
        return bold != null && Names.isNameLike(bold) && bold.indexOf(':') < 0 && bold.indexOf('：') < 0;
    }

    private static String definition(Paragraph def) {
        return DEFINITION_LABEL.matcher(def.getChars().toString().strip()).replaceFirst("");
    }

    /** The nodes after the definition's paragraph: its own nested lists, then the other sub-items. */
    private void walkAfter(Paragraph def, int depth) {
        for (Node rest = def.getNext(); rest != null; rest = rest.getNext()) {
            walkOne(rest, depth);
        }
        walkFrom(def.getParent().getNext(), depth - 1);
    }

    private static final java.util.regex.Pattern QUOTE_MARK = java.util.regex.Pattern.compile("^\\s*(?:>\\s?)+");

    /** The lines of a paragraph when there are two or more and each is a keyword line ({@link Layout#term}), else null. */
    private static List<String> termLines(String text) {
        if (text.indexOf('\n') < 0) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = QUOTE_MARK.matcher(raw).replaceFirst("").strip();
            if (Layout.term(line) == null) {
                return null;
            }
            lines.add(line);
        }
        return lines;
    }

    /** A question in the seeds' shape and the first paragraph of its answer (if any, on the next line). */
    private void question(String[] asked, int line) {
        out.add(new Block(Block.Kind.PARAGRAPH, asked[0], line, 0, 0, false));
        if (asked[1] != null && !asked[1].isBlank()) {
            out.add(new Block(Block.Kind.PARAGRAPH, asked[1].strip(), line + 1, 0, 0, false));
        }
    }

    /** A paragraph opening with a question: in bold ("**[Easy] Q1. …**") or plain ("Q5. (Medium) …?" then "A. …"). */
    private String[] paragraphQuestion(String text) {
        String[] bold = qa.boldQuestion(text);
        return bold != null || text.isEmpty() || text.charAt(0) != 'Q' && !text.startsWith("**Q") ? bold : qa.listQuestion(text);
    }

    private void walkOne(Node node, int depth) {
        String[] asked = node instanceof Paragraph p ? paragraphQuestion(p.getChars().toString().strip()) : null;
        if (asked != null) {
            question(asked, line(node)); // "**Q. [Easy] …**" + "A: …": read as "**Q1. `[Easy]` …**" and its answer
        } else if (node instanceof Paragraph p) {
            String text = p.getChars().toString().strip();
            List<String> terms = termLines(text);
            if (terms != null) {
                // "> ORPO — …\n> SimPO — …": one keyword line after another with no bullets, each its own item
                for (int i = 0; i < terms.size(); i++) {
                    out.add(new Block(Block.Kind.ITEM, terms.get(i), line(p) + i, 0, depth, false));
                }
            } else {
                out.add(new Block(Block.Kind.PARAGRAPH, text, line(p), 0, depth, false));
            }
        } else if (node instanceof BulletList || node instanceof OrderedList || node instanceof BlockQuote) {
            walk(node, depth);
        } else if (node instanceof TableBlock t) {
            List<String[]> rows = qa.tableQuestions(t.getChars().toString());
            for (String[] row : rows) { // "| Q11. Ring Attention이란? | Hard | … |": a question and its answer per row
                question(new String[] {row[1], null}, line(t) + Integer.parseInt(row[0]));
                if (row[2] != null) {
                    out.add(new Block(Block.Kind.PARAGRAPH, row[2], line(t) + Integer.parseInt(row[0]), 0, 0, false));
                }
            }
            if (rows.isEmpty()) {
                out.add(new Block(Block.Kind.TABLE, t.getChars().toString(), line(t), 0, depth, false));
            }
        } else if (node instanceof FencedCodeBlock f && PLAIN_TEXT.matcher(f.getInfo()).matches()) {
            // a fenced block without a language is a diagram; its first line is the one after the fence
            out.add(new Block(Block.Kind.DIAGRAM, f.getContentChars().toString(), line(f) + 1, 0, depth, false));
        }
        // code, HTML, thematic breaks: not prose
    }
    }
}
