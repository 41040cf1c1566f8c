package org.llmatlas.extract;

import static org.llmatlas.extract.DocumentExtractor.stripMarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * A survey table whose column headers name a relation ("| 모델 | 개발사 | 기반 LLM | 주요 기법 | 평가 벤치마크 |",
 * "| Model | Family | Predecessor |"): each row's first cell is the subject, and each cell under such a header
 * lists what it is based on or uses (기반, backbone, encoder, 기법, method; the teacher a model is distilled from), is evaluated by (평가, benchmark; in a
 * table of benchmarks the cell names what the row's benchmark evaluates), is made by (개발사, organization), the
 * family it belongs to (계열, family), and the version it improves on (이전 버전, predecessor). Columns of
 * free-form notes ("바뀐 점", "핵심 아이디어") are not read.
 */
final class RelationColumns {
    /** A score after a name in a cell: "MMLU 68.9", "GSM8K 80.1%", "HumanEval 72점" (not a year: "AIME 2024"). */
    private static final Pattern SCORE_AFTER = Pattern.compile("\\s+[~≈]?(?!(?:19|20)\\d\\d$)\\d+(?:\\.\\d+)?\\s*(?:%|점|%p)?$");
    private enum Column { USES, EVALUATED, MAKER, FAMILY, PREDECESSOR, USERS, MEMBERS }

    /** A column of the models that use the row's technique: "대표 사용 모델", "사용 모델", "채택 모델", "사용 예", "Used by". */
    private static final Pattern USERS = Pattern.compile(
            "(?i)(?:대표\\s*)?(?:사용|채택|적용|쓰는|사용하는|채택한|적용한|도입한)\\s*(?:모델|사례|예)|used\\s+by|adopted\\s+by|users?|models?\\s+using");
    /** In a table of families ("| 계열 | 개발사 | 대표 모델 (출시) |"), the column of its models: "대표 모델", "Models", "Members". */
    private static final Pattern MEMBERS = Pattern.compile("(?i)(?:대표\\s*)?(?:모델|models?|members?|에디션|editions?|라인업|line-?up)(?:\\s*[(（][^()（）]*[)）])?");


    private static final Pattern MAKER = Pattern.compile("(?i)개발사|개발\\s*(?:기관|회사|조직)|제작사|만든\\s*(?:곳|회사|기관)|회사|기관|organi[sz]ation|org|company|developer|maker|lab");
    private static final Pattern FAMILY = Pattern.compile("(?i)계열|family|series");
    private static final Pattern PREDECESSOR = Pattern.compile("(?i)이전\\s*(?:버전|모델|세대)|전작|predecessor|previous(?:\\s+version)?");
    /** "평가 대상", "Benchmarks", and what a benchmark measures: "뭘 재나", "무엇을 재는가", "측정 대상", "What it measures". */
    private static final Pattern EVALUATED = Pattern.compile("(?i).*(?:평가|벤치마크|benchmark|eval|재나|재는|측정\\s*대상|measures?\\b).*");
    private static final Pattern USES = Pattern.compile(
            "(?i).*(?:기반|backbone|base|encoder|인코더|decoder|디코더|llm|기법|technique|method|방식|구조|architecture|구성|component|tokenizer|projector|사용|teacher|교사"
                    + "|attention|어텐션|position|위치|normali[sz]ation|activation).*");
    /** Headers of notes about a column, or of examples of the row ("대표 기법"), not relations ("바뀐 점", "특징", "한계"). */
    private static final Pattern NOTES = Pattern.compile("(?i).*(?:점|특징|비고|한계|장점|단점|아이디어|대표|예시|note|idea|pros|cons|limit|examples?).*");

    private final Note note;
    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final SlotNames slots;
    private final NoteRecorder recorder;

    RelationColumns(Note note, Lexicon lexicon, MentionFinder mentions, SlotNames slots, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.slots = slots;
        this.recorder = recorder;
    }

    /** Reads the relation columns of a table (a table without one costs only its header). */
    void read(String[] rows, int firstLine) {
        List<String> head = TableColumns.cells(rows[0]).stream().map(DocumentExtractor::stripMarkdown).toList();
        if (rows.length < 3 || head.size() < 2) {
            return;
        }
        usersRow(rows, head, firstLine);
        Column[] kinds = new Column[head.size()];
        boolean any = false;
        for (int c = 1; c < head.size(); c++) {
            kinds[c] = kind(head.get(c));
            any |= kinds[c] != null;
        }
        if (!any) {
            return;
        }
        Resource rowType = TableColumns.MODEL_ROWS.matcher(head.get(0)).matches() ? Atlas.Model
                : TableColumns.BENCHMARK_ROWS.matcher(head.get(0)).matches() ? Atlas.Benchmark
                : FAMILY.matcher(head.get(0)).matches() ? Atlas.ModelFamily : Atlas.Concept;
        for (int r = 2; r < rows.length; r++) {
            List<String> row = TableColumns.cells(rows[r]).stream().map(DocumentExtractor::stripMarkdown).toList();
            int line = firstLine + r;
            Optional<Entity> subject = row.isEmpty() ? Optional.empty() : subject(row.get(0), rowType, line);
            if (subject.isEmpty()) {
                continue;
            }
            for (int c = 1; c < Math.min(row.size(), kinds.length); c++) {
                if (kinds[c] != null) {
                    cell(subject.get(), kinds[c], head.get(c), row.get(c), line);
                }
            }
        }
    }

    /**
     * A table comparing techniques side by side ("| | RoPE | ALiBi |") with a row of users ("| 사용 모델 | LLaMA, Qwen | BLOOM, MPT |"):
     * the models in each cell of that row use the technique its column names (only a header the notes know names one).
     */
    private void usersRow(String[] rows, List<String> head, int firstLine) {
        for (int r = 2; r < rows.length; r++) {
            if (!Clauses.hasAny(firstCell(rows[r]), USERS_ROW_CUES)) {
                continue; // most rows: one look at their first cell
            }
            List<String> row = TableColumns.cells(rows[r]).stream().map(DocumentExtractor::stripMarkdown).toList();
            if (row.size() < 2 || !USERS.matcher(row.get(0)).matches()) {
                continue;
            }
            for (int c = 1; c < Math.min(row.size(), head.size()); c++) {
                String users = row.get(c);
                int line = firstLine + r;
                lexicon.find(head.get(c)).filter(t -> !t.isModelLike()).ifPresent(t -> cell(t, Column.USERS, row.get(0), users, line));
            }
        }
    }

    private static final String[] USERS_ROW_CUES = {"사용", "채택", "적용", "쓰는", "도입", "by", "user", "using", "User", "Using"};

    private static String firstCell(String row) {
        String s = row.strip();
        int from = s.startsWith("|") ? 1 : 0;
        int to = s.indexOf('|', from);
        return to < 0 ? "" : s.substring(from, to);
    }

    /** A cell of a column of notes on a model ("바뀐 점", "특징"), to be read as a sentence about the row's model. */
    record NoteCell(Entity subject, String text, int line) {}

    /** Columns of notes that say what a model does or changed (not its limits): "바뀐 점", "특징", "핵심 아이디어", "Changes". */
    private static final Pattern READ_NOTES = Pattern.compile("(?i).*(?:바뀐\\s*점|변경|변화|특징|핵심|아이디어|idea|changes?|features?|key\\s+points?).*");

    /**
     * The cells of a model table's columns of changes and features ("| Qwen2-VL | … | Naive Dynamic Resolution, M-RoPE 도입 |"):
     * each is a sentence about the row's model, which the sentence rules read ("… 도입": the model uses them).
     */
    List<NoteCell> noteCells(String[] rows, int firstLine) {
        List<String> head = rows.length < 3 ? List.of() : TableColumns.cells(rows[0]).stream().map(DocumentExtractor::stripMarkdown).toList();
        List<NoteCell> out = new ArrayList<>();
        if (head.size() < 2 || !TableColumns.MODEL_ROWS.matcher(head.get(0)).matches()) {
            return out;
        }
        for (int c = 1; c < head.size(); c++) {
            if (!READ_NOTES.matcher(head.get(c)).matches() || kind(head.get(c)) != null && !NOTES.matcher(head.get(c)).matches()) {
                continue;
            }
            for (int r = 2; r < rows.length; r++) {
                List<String> row = TableColumns.cells(rows[r]).stream().map(DocumentExtractor::stripMarkdown).toList();
                int line = firstLine + r;
                if (row.size() > c && Names.hasHangul(row.get(c))) {
                    final int col = c;
                    subject(row.get(0), Atlas.Model, line).ifPresent(m -> out.add(new NoteCell(m, row.get(col), line)));
                }
            }
        }
        return out;
    }

    /**
     * Before any note is read for relations: a table of models with a family column ("| 모델 | 계열 | … |") declares each
     * row's model in its family, so that every note (read before this one or after) places the model there.
     */
    static void declareFamilies(String[] rows, Lexicon lexicon) {
        List<String> head = rows.length < 3 ? List.of() : TableColumns.cells(rows[0]).stream().map(DocumentExtractor::stripMarkdown).toList();
        int column = -1;
        for (int c = 1; c < head.size() && column < 0; c++) {
            column = kind(head.get(c)) == Column.FAMILY ? c : -1;
        }
        if (column < 0 || !TableColumns.MODEL_ROWS.matcher(head.get(0)).matches()) {
            return;
        }
        for (int r = 2; r < rows.length; r++) {
            List<String> row = TableColumns.cells(rows[r]).stream().map(DocumentExtractor::stripMarkdown).toList();
            String name = row.size() <= column ? "" : Lexicon.withoutParenthesis(row.get(0)).strip();
            String family = row.size() <= column ? "" : row.get(column).strip();
            if (!Names.isNameLike(name) || !Names.isNameLike(family) || family.indexOf(',') >= 0) {
                continue;
            }
            Entity model = lexicon.find(name).filter(e -> e.type().equals(Atlas.Model))
                    .orElseGet(() -> lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE));
            Entity f = lexicon.declareFamily(family);
            if (model.family == null) {
                lexicon.setFamily(model, f);
            }
        }
    }

    /** Whether {@code header} names a relation this class reads its column for ({@link TableColumns} reads the others). */
    static boolean namesRelation(String header) {
        return kind(header) != null;
    }

    private static Column kind(String header) {
        if (USERS.matcher(header).matches()) {
            return Column.USERS;
        } else if (MEMBERS.matcher(header).matches()) {
            return Column.MEMBERS;
        } else if (NOTES.matcher(header).matches()) {
            return null;
        } else if (MAKER.matcher(header).matches()) {
            return Column.MAKER;
        } else if (FAMILY.matcher(header).matches()) {
            return Column.FAMILY;
        } else if (PREDECESSOR.matcher(header).matches()) {
            return Column.PREDECESSOR;
        } else if (EVALUATED.matcher(header).matches()) {
            return Column.EVALUATED;
        }
        return USES.matcher(header).matches() ? Column.USES : null;
    }

    private Optional<Entity> subject(String cell, Resource type, int line) {
        String name = Lexicon.withoutParenthesis(cell);
        if (type.equals(Atlas.ModelFamily)) {
            // "| DeepSeek | DeepSeek-AI | …" under "| 계열 |": the family, not the company of the same name; "| GPT-4 계열 |" too
            String bare = FAMILY_TAIL.matcher(name).replaceFirst("").strip();
            return Names.isNameLike(bare) ? Optional.of(lexicon.declareFamily(bare)) : Optional.empty();
        }
        // "| Stable Diffusion 1.5 |" while only the concept "Stable Diffusion" is known: a model of its own
        Optional<Entity> known = type.equals(Atlas.Model) ? slots.versionedName(name) : lexicon.find(name);
        if (known.isPresent() || type.equals(Atlas.Concept)) {
            return known.or(() -> slots.namedVariant(name)).or(() -> slots.resolveTerm(name, line)); // "| SigLIP So400m |"
        }
        // under a "모델" or "벤치마크" header a single capitalised word is a name too ("Molmo")
        return slots.resolve(name, type, line).or(() -> NAME.matcher(name).matches()
                ? Optional.of(lexicon.declare(name, type, Lexicon.RANK_SENTENCE)) : Optional.empty());
    }

    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d\\-.]{1,30}");
    /** " 계열", " family", " 시리즈" closing a family's cell. */
    private static final Pattern FAMILY_TAIL = Pattern.compile("(?i)\\s*(?:계열|family|시리즈|series)$");
    /** A uses column that lists models ("기반 LLM", "backbone"): its unknown names are models. */
    private static final Pattern MODEL_COLUMN = Pattern.compile("(?i).*(?:llm|backbone|모델|model|vlm|teacher|교사).*");

    /** The column of the model a row's model is distilled from ("Teacher", "교사 모델"): a model. */
    private static final Pattern TEACHER = Pattern.compile("(?i).*(?:teacher|교사).*");

    private void cell(Entity subject, Column kind, String header, String cell, int line) {
        String quote = note.line(line);
        boolean models = MODEL_COLUMN.matcher(header).matches();
        boolean teacher = TEACHER.matcher(header).matches();
        switch (kind) {
            case MAKER -> items(cell).forEach(o -> lexicon.find(o).filter(x -> x.type().equals(Atlas.Organization))
                    .or(() -> Optional.of(lexicon.declare(o, Atlas.Organization, Lexicon.RANK_SENTENCE)))
                    .ifPresent(x -> relation(subject, Atlas.developedBy, x, line, quote)));
            case FAMILY -> items(cell).forEach(f -> {
                Entity family = lexicon.declareFamily(f);
                if (subject.family == null && subject.type().equals(Atlas.Model)) {
                    lexicon.setFamily(subject, family);
                }
                recorder.reference(subject, line);
            });
            case USERS -> {
                if (!subject.isModelLike() && !subject.type().equals(Atlas.Benchmark)) {
                    // "| SigLIP So400m | … | PaliGemma |" under "대표 사용 모델": the models named use the row's technique
                    items(cell).forEach(u -> slots.resolveOrDeclare(Lexicon.withoutParenthesis(u), Atlas.Model, line)
                            .filter(x -> !x.equals(subject) && x.isModelLike()).ifPresent(x -> {
                                recorder.reference(x, line);
                                relation(x, Atlas.uses, subject, line, quote);
                            }));
                }
            }
            case MEMBERS -> {
                if (subject.type().equals(Atlas.ModelFamily)) {
                    // "| Qwen | … | Qwen2.5 (2024.09), Qwen3 (2025.04) |": the family's models
                    items(cell).forEach(m -> slots.resolveOrDeclare(Lexicon.withoutParenthesis(m).strip(), Atlas.Model, line)
                            .filter(Entity::isModelLike).filter(x -> !x.equals(subject) && !x.type().equals(Atlas.ModelFamily)).ifPresent(x -> {
                                if (x.family == null) {
                                    lexicon.setFamily(x, subject);
                                } else if (x.family != subject) {
                                    relation(x, Atlas.partOf, subject, line, quote); // "| GPT-4 계열 | … | GPT-4o |": also of the row's line
                                }
                                recorder.reference(x, line);
                            }));
                } else if (subject.type().equals(Atlas.Concept)) {
                    cell(subject, Column.USERS, header, cell, line); // "| BPE | 빈도 | GPT-2, RoBERTa |" under "대표 모델": a technique's users
                }
            }
            case PREDECESSOR -> items(cell).forEach(p -> slots.resolve(p, Atlas.Model, line).filter(x -> !x.equals(subject))
                    .ifPresent(x -> {
                        recorder.reference(x, line);
                        relation(subject, Atlas.improvesOn, x, line, quote);
                    }));
            case EVALUATED -> {
                if (subject.type().equals(Atlas.Benchmark)) {
                    // "| OCRBench | OCR 능력 |": what the row's benchmark evaluates, when the notes name it
                    // (not a model named in passing: "GPT-3로 생성한 문장" says how the test was made)
                    mentions.find(cell).stream().map(Mention::entity).filter(x -> !x.isModelLike())
                            .forEach(x -> relation(x, Atlas.evaluatedBy, subject, line, quote));
                } else {
                    // "MMLU 68.9", "GSM8K 80.1%": the score after a benchmark is no part of its name
                    items(cell).forEach(o -> slots.resolve(SCORE_AFTER.matcher(o).replaceFirst(""), Atlas.Benchmark, line).filter(x -> !x.equals(subject) && !x.isModelLike())
                            .ifPresent(x -> {
                                lexicon.offerType(x, Atlas.Benchmark, Lexicon.RANK_SENTENCE); // what a model is evaluated with
                                relation(subject, Atlas.evaluatedBy, x, line, quote);
                            }));
                }
            }
            case USES -> items(cell).forEach(o -> {
                Matcher q = QUALIFIED_KNOWN.matcher(o);
                // "window attention ViT": the known component and the technique it is built with, both used
                List<Optional<Entity>> named = q.matches() && lexicon.find(q.group(2)).isPresent() && lexicon.find(o).isEmpty()
                        ? List.of(lexicon.find(q.group(2)), slots.resolveTerm(q.group(1), line)) : List.of(used(o, models, line));
                named.forEach(n -> n.filter(x -> !x.equals(subject) && !x.type().equals(Atlas.Organization)).ifPresent(x -> {
                    if (teacher) {
                        lexicon.offerType(x, Atlas.Model, Lexicon.RANK_SECTION);
                    }
                    recorder.reference(x, line);
                    relation(subject, Atlas.uses, x, line, quote);
                }));
            });
        }
    }

    /** Lower-case words naming a technique, then a capitalised known name: "window attention ViT", "sliding window Transformer". */
    private static final Pattern QUALIFIED_KNOWN = Pattern.compile("(\\p{Ll}[\\p{Ll}\\-]+(?:\\s\\p{Ll}[\\p{Ll}\\-]+){0,2})\\s+(\\p{Lu}[\\p{L}\\d\\-]*)");

    /**
     * What an item of a uses cell names: a known name; under a column of models a proper name is a model
     * ("Mistral NeMo"); a known name with qualifiers ("window attention ViT": ViT); else the item as a term.
     */
    private Optional<Entity> used(String item, boolean models, int line) {
        String name = Lexicon.withoutParenthesis(item);
        Optional<Entity> known = lexicon.find(name);
        if (known.isPresent() || Names.hasHangul(name)) {
            return known; // "Local/Global 교차": words a Korean phrase describes are no new names
        }
        if (models && PROPER.matcher(name).matches()) {
            Entity model = lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE);
            if (model.family == null) {
                // "Mistral NeMo": the name a family is called by, then an edition word, is a model of that family
                String first = name.split(" ")[0];
                lexicon.familyOf(name).or(() -> name.indexOf(' ') > 0 ? lexicon.find(first + " 계열").filter(f -> f.type().equals(Atlas.ModelFamily)) : Optional.empty())
                        .ifPresent(f -> lexicon.setFamily(model, f));
            }
            return Optional.of(model);
        }
        // "CLIP ViT-L/14", "OpenCLIP ViT-bigG/14": a named variant of a known encoder, not the encoder itself
        return slots.knownVariant(name).or(() -> slots.namedVariant(name)).or(() -> slots.resolveTerm(name, line));
    }

    private static final Pattern PROPER = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d\\-.]*(?: [\\p{Lu}\\d][\\p{IsLatin}\\d\\-.]*){0,2}");

    private void relation(Entity subject, Property p, Entity object, int line, String quote) {
        recorder.reference(subject, line);
        recorder.relation(new Relation(subject, p, object, Emitter.STATED, "table-column"), line, quote);
    }

    /**
     * What a comparison table writes where it names nothing: a dash, "?", "비공개" (undisclosed), "N/A", or the bare kind of a
     * model ("Dense", "Dense (123B)"), which says what the model is, not what it uses.
     */
    private static final Pattern NO_NAME = Pattern.compile("(?i)[-—?]+|n/?a|unknown|undisclosed|비공개|미공개|없음|dense|closed|open");

    /** The names a cell lists: "InternLM 2.5, Qwen2.5", "A + B"; an empty cell, a dash or {@link #NO_NAME} lists none. */
    private List<String> items(String cell) {
        List<String> out = new ArrayList<>();
        for (String item : slots.splitList(cell)) {
            for (String part : slots.splitPlus(item)) {
                if (!part.isBlank() && !NO_NAME.matcher(Lexicon.withoutParenthesis(part).strip()).matches()) {
                    out.add(part);
                }
            }
        }
        return out;
    }
}
