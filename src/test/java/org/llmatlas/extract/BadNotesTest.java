package org.llmatlas.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of broken notes, generated beside one good note: loading and extraction never throw,
 * each problem is reported with its file (and line where there is one), and the good note still
 * yields its entities.
 */
class BadNotesTest {
    private static final String GOOD = """
            # Keywords

            ## Attention

            - **GQA (Grouped-Query Attention)**: 키와 값 헤드를 그룹으로 공유하는 어텐션.
            - **Vega-2**: GQA를 사용하는 예시 모델.
            """;

    @TempDir
    Path dir;

    /** Everything the loader and the extractor reported, as {@code file:line: message} lines. */
    private record Run(List<String> problems, Extraction extraction) {
        Set<String> labels() {
            Model m = extraction.dataset().getUnionModel();
            return m.listObjectsOfProperty(RDFS.label).toList().stream().map(n -> n.asLiteral().getLexicalForm())
                    .collect(Collectors.toSet());
        }
    }

    private Run load(NoteLoader loader) {
        NoteLoader.Loaded loaded = loader.loadDirectory(dir);
        Extraction x = new Extractor().extract(loaded.notes());
        List<String> problems = new ArrayList<>(loaded.problems());
        x.reports().forEach(r -> r.problems().forEach(p -> problems.add(r.file() + ":" + p)));
        return new Run(problems, x);
    }

    private Run loadBeside(String file, byte[] bad) throws IOException {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.write(dir.resolve(file), bad);
        return load(new NoteLoader());
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void goodNoteStillLoads(Run run) {
        assertThat(run.labels()).contains("GQA", "Vega-2");
    }

    @Test
    void emptyNoteLoadsAsAnEmptyDocumentAndOthersStillLoad() throws IOException {
        Run run = loadBeside("empty.md", new byte[0]);
        goodNoteStillLoads(run);
        assertThat(run.extraction().reports()).extracting(DocumentReport::file).contains("empty.md");
    }

    @Test
    void binaryNoteIsReportedWithItsLineAndOthersStillLoad() throws IOException {
        byte[] bin = new byte[4096];
        new java.util.Random(7).nextBytes(bin);
        bin[100] = 0;
        Run run = loadBeside("binary.md", bin);
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.matches("binary\\.md:\\d+: (invalid UTF-8|NUL bytes).*"));
    }

    @Test
    void hugeNoteIsRefusedBeforeItIsReadAndOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("good.md"), GOOD);
        try (OutputStream out = Files.newOutputStream(dir.resolve("huge.md"))) {
            byte[] line = utf8("- **Term**: 정의 text that repeats to fill fifty megabytes of note.\n");
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        Run run = load(new NoteLoader());
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.startsWith("huge.md:1: skipped, too large: over the 16777216-byte limit (5242"));
    }

    @Test
    void sizeLimitIsConfigurable() throws IOException {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.write(dir.resolve("big.md"), new byte[2000]);
        Run run = load(new NoteLoader(new NoteLimits(1000, 64, 256)));
        goodNoteStillLoads(run);
        assertThat(run.problems()).contains("big.md:1: skipped, too large: over the 1000-byte limit (2000 bytes)");
    }

    @Test
    void hundredThousandLineListIsExtracted() throws IOException {
        StringBuilder sb = new StringBuilder("# Long list\n\n## Items\n\n");
        for (int i = 0; i < 100_000; i++) {
            sb.append("- item ").append(i).append('\n');
        }
        Run run = loadBeside("long-list.md", utf8(sb.toString()));
        goodNoteStillLoads(run);
        assertThat(run.extraction().reports()).extracting(DocumentReport::file).contains("long-list.md");
    }

    @Test
    void tenThousandLevelsOfNestedListsAreRefusedWithTheLine() throws IOException {
        Run run = loadBeside("nested.md", utf8("# Deep\n\n" + "- ".repeat(10_000) + "x\n"));
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.startsWith("nested.md:3: refused:"));
    }

    @Test
    void deeplyNestedQuotesAndIndentedListsAreRefusedWithTheLine() throws IOException {
        StringBuilder indented = new StringBuilder("# Deep\n");
        for (int i = 0; i < 2_000; i++) {
            indented.append("  ".repeat(i)).append("- level ").append(i).append('\n');
        }
        Files.write(dir.resolve("indented.md"), utf8(indented.toString()));
        Files.write(dir.resolve("ordered.md"), utf8("1. ".repeat(50_000) + "x\n"));
        Run run = loadBeside("quotes.md", utf8("intro\n" + "> ".repeat(10_000) + "x\n"));
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.startsWith("quotes.md:2: refused: nested 10000 levels deep (limit 64)"))
                .anyMatch(p -> p.startsWith("indented.md:66: refused: nested"))
                .anyMatch(p -> p.startsWith("ordered.md:1: refused: nested"));
    }

    @Test
    void lineOfAHundredThousandRuleMarkersIsRefusedWithTheLine() throws IOException {
        Files.write(dir.resolve("stars.md"), utf8("# Rule\n\n" + "**".repeat(50_000) + "\n"));
        Run run = loadBeside("rule.md", utf8("# Rule\n\n" + "-".repeat(100_000) + "\n"));
        goodNoteStillLoads(run);
        assertThat(run.problems()).contains("rule.md:3: refused: a run of 100000 list or rule markers (limit 256)")
                .anyMatch(p -> p.startsWith("stars.md:3: refused"));
    }

    @Test
    void nestingWithinTheLimitIsExtracted() throws IOException {
        StringBuilder sb = new StringBuilder("# Nest\n\n## Part\n\n");
        for (int i = 0; i < 20; i++) {
            sb.append("  ".repeat(i)).append("- **Level").append(i).append("**: 정의 ").append(i).append('\n');
        }
        Run run = loadBeside("nest.md", utf8(sb.toString()));
        assertThat(run.problems()).noneMatch(p -> p.startsWith("nest.md"));
        assertThat(run.labels()).contains("Level0", "GQA");
    }

    @Test
    void invalidUtf8IsReplacedAndReportedWithItsLine() throws IOException {
        byte[] bad = utf8("# Broken\n\n## Part\n\n- **Orbit**: 첫 줄\n- **Comet**: bad \u0000 here\n");
        int at = new String(bad, StandardCharsets.UTF_8).indexOf('\u0000');
        bad[at] = (byte) 0xC3; // a lead byte followed by a space: malformed
        Run run = loadBeside("invalid.md", bad);
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.startsWith("invalid.md:6: invalid UTF-8 (1 byte sequences"));
        assertThat(run.labels()).contains("Orbit", "Comet");
    }

    @Test
    void bomAndCrlfAreInvisibleToTheExtractor() throws IOException {
        byte[] text = utf8("\uFEFF# Windows\r\n\r\n## Part\r\n\r\n- **Nimbus (Nimbus Model)**: 정의.\r\n");
        Run run = loadBeside("windows.md", text);
        goodNoteStillLoads(run);
        assertThat(run.labels()).contains("Nimbus").noneMatch(l -> l.contains("\r") || l.contains("\uFEFF"));
        assertThat(run.problems()).noneMatch(p -> p.startsWith("windows.md"));
    }

    @Test
    void mixedEncodingsAreReportedAndOthersStillLoad() throws IOException {
        byte[] head = utf8("# Mixed\n\n## Part\n\n- **Utf**: 한국어 정의\n");
        byte[] tail = "- **Euc**: 한국어 정의\n".getBytes(java.nio.charset.Charset.forName("EUC-KR"));
        byte[] both = new byte[head.length + tail.length];
        System.arraycopy(head, 0, both, 0, head.length);
        System.arraycopy(tail, 0, both, head.length, tail.length);
        Run run = loadBeside("mixed.md", both);
        goodNoteStillLoads(run);
        assertThat(run.problems()).anyMatch(p -> p.startsWith("mixed.md:6: invalid UTF-8"));
        assertThat(run.labels()).contains("Utf");
    }

    @Test
    void unclosedFenceHtmlAndTablesAreNotProse() throws IOException {
        String text = """
                # Blocks

                ## Part

                <div><script>alert(1)</script>
                - **HtmlTerm**: inside an HTML block
                </div>

                | a | b |
                |---|---|
                | **TableTerm**: x | y |

                - **Kept**: 정의.

                ```
                - **FenceTerm**: never closed
                """;
        Run run = loadBeside("blocks.md", utf8(text));
        goodNoteStillLoads(run);
        assertThat(run.labels()).contains("Kept").doesNotContain("HtmlTerm", "TableTerm", "FenceTerm");
    }

    @Test
    void zeroWidthCharactersAndNonBreakingSpacesDoNotSplitNames() throws IOException {
        String text = "# Invisible\n\n## Part\n\n- **Z\u200Bet\u2060a\u00A0Net**: 정의.\n- **Vega-3**: G\u200BQA를 사용함.\n";
        Run run = loadBeside("invisible.md", utf8(text));
        goodNoteStillLoads(run);
        assertThat(run.labels()).contains("Zeta Net").noneMatch(l -> l.matches(".*[\u200B\u2060\u00A0].*"));
        assertThat(run.problems()).contains("invisible.md:5: 3 zero-width characters removed", "invisible.md:5: 1 non-breaking spaces made plain");
    }

    @Test
    void sameKeywordDefinedTwiceInANoteWithDifferentTextKeepsBothDefinitionsAndReportsBothPlaces() throws IOException {
        Files.writeString(dir.resolve("other.md"), "# Other\n\n## Part\n\n- **GQA**: 다른 노트의 정의.\n");
        Run run = loadBeside("again.md", utf8("# Again\n\n## Part\n\n- **GQA**: 첫 정의.\n- **MQA**: 같은 정의.\n"
                + "- **GQA**: 두 번째 정의.\n- **MQA**: 같은 정의.\n"));
        goodNoteStillLoads(run);
        List<String> definitions = run.extraction().dataset().getUnionModel().listObjectsOfProperty(
                org.apache.jena.vocabulary.SKOS.definition).toList().stream().map(n -> n.asLiteral().getLexicalForm()).toList();
        assertThat(definitions).contains("첫 정의.", "두 번째 정의.", "다른 노트의 정의.");
        assertThat(run.problems()).anyMatch(p -> p.matches("again\\.md:7: \"[^\"]*GQA[^\"]*\" is defined again with different text "
                + "\\(first defined at again\\.md:5\\)"));
        assertThat(run.problems()).as("the same text again is no conflict").noneMatch(p -> p.contains("MQA"));
        assertThat(run.problems()).as("each note may define a term its own way").noneMatch(p -> p.startsWith("other.md") || p.startsWith("good.md"));
    }

    @Test
    void aNoteWhoseExtractionThrowsIsReportedWithItsFileAndTheOthersStillLoad() throws IOException {
        Files.writeString(dir.resolve("good.md"), GOOD);
        Files.writeString(dir.resolve("boom.md"), "# Boom\n\n## Part\n\n- **Boomer**: 정의.\n");
        Files.writeString(dir.resolve("deep.md"), "# Deep\n\n## Part\n\n- **Deeper**: 정의.\n");
        NoteLoader.Loaded loaded = new NoteLoader().loadDirectory(dir);
        int[] deepCalls = {0};
        Extraction x = new Extractor(note -> {
            if (note.name().equals("boom")) {
                throw new IllegalStateException("a rule broke\nsecond line");
            }
            if (note.name().equals("deep") && ++deepCalls[0] == 2) {
                throw new StackOverflowError(); // in the second pass, after its declarations
            }
        }).extract(loaded.notes());
        List<String> problems = new ArrayList<>();
        x.reports().forEach(r -> r.problems().forEach(p -> problems.add(r.file() + ":" + p)));
        assertThat(problems).contains("boom.md:1: extraction failed: IllegalStateException: a rule broke",
                "deep.md:1: extraction failed: StackOverflowError");
        assertThat(x.failures()).containsOnlyKeys("boom", "deep");
        Run run = new Run(problems, x);
        goodNoteStillLoads(run);
        assertThat(run.labels()).doesNotContain("Boomer", "Deeper");
        assertThat(x.dataset().containsNamedModel(org.llmatlas.vocab.Atlas.GRAPH + "good")).isTrue();
        assertThat(x.dataset().containsNamedModel(org.llmatlas.vocab.Atlas.GRAPH + "boom")).isFalse();
    }

    @Test
    void linksToMissingFilesAreKeptAsTextAndDoNotFail() throws IOException {
        String text = "# Links\n\n## Part\n\n- **Linked**: see [missing](./no-such-note.md) and ![img](../../etc/passwd).\n";
        Run run = loadBeside("links.md", utf8(text));
        goodNoteStillLoads(run);
        assertThat(run.labels()).contains("Linked");
    }

    @Test
    void folderNamedLikeANoteIsIgnoredAndOthersStillLoad() throws IOException {
        Files.createDirectory(dir.resolve("folder.md"));
        Run run = loadBeside("ok.md", utf8("# Ok\n"));
        goodNoteStillLoads(run);
        assertThat(run.extraction().reports()).extracting(DocumentReport::file).doesNotContain("folder.md");
    }
}
