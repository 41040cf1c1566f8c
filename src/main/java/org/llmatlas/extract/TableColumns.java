package org.llmatlas.extract;

import static org.llmatlas.extract.DocumentExtractor.stripMarkdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * The columns of a table over models or benchmarks: in "| 모델 | backbone | text encoder |" a role column names what
 * the row's model uses; in "| 모델 | AIME 2024 | GPQA Diamond |" a column headed by a benchmark and holding a score says
 * the model was evaluated on it; in "| 벤치마크 | 평가 대상 | 채점 |" a scoring column names the row benchmark's measure.
 * Columns whose header names a relation are {@link RelationColumns}'s; descriptions and sizes are not read, nor
 * tables whose first column is of anything else.
 */
final class TableColumns {
    /** A first header cell saying the rows are models, or benchmarks. */
    static final Pattern MODEL_ROWS = Pattern.compile("(?i)모델|models?|vlms?|llms?|vlas?|시스템|systems?");
    static final Pattern BENCHMARK_ROWS = Pattern.compile("(?i)벤치마크|benchmarks?|데이터셋|datasets?");
    /** A first header cell that only says the rows are named things ("이름", "Name"): benchmarks when a column scores them. */
    private static final Pattern NAME_ROWS = Pattern.compile("(?i)이름|names?");
    /** A column that says how its row is scored: "채점", "Metric", "평가 지표". */
    private static final Pattern MEASURE_COLUMN = Pattern.compile("(?i)채점|지표|metrics?|scoring|평가\\s*방식");
    /** "79.2", "96.6 %ile", "85%", "72점": a score. */
    private static final Pattern SCORE_CELL = Pattern.compile("[~≈]?\\d+(?:\\.\\d+)?\\s*(?:%ile|%|점)?");
    /** "7B", "12%": a size or a number, no name. */
    private static final Pattern SIZE_CELL = Pattern.compile("(?i)[~≈]?\\d+(?:\\.\\d+)?\\s*[kmbt%]?");
    /** "VAE", "LLM": a column headed by an acronym names the component of that kind. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}\\d*");
    /** "nDCG@10", "Spearman correlation": one to three Latin words naming a measure (a capital or a digit in them, not "object detector"). */
    private static final Pattern MEASURE_WORDS = Pattern.compile("\\s*\\p{IsLatin}[\\p{IsLatin}\\d@\\-.]*(?: [\\p{IsLatin}\\d@\\-.]+){0,2}\\s*");
    private static final Pattern CELL_SPLIT = Pattern.compile("\\s*(?:\\+|→|->|,)\\s*");

    private final Note note;
    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final SlotNames slots;
    private final NoteRecorder recorder;

    TableColumns(Note note, Lexicon lexicon, MentionFinder mentions, SlotNames slots, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.slots = slots;
        this.recorder = recorder;
    }

    void read(String[] rows, int firstLine) {
        List<String> header = rows.length < 3 ? List.of() : cells(rows[0]);
        if (header.size() < 2) {
            return;
        }
        String rowKind = stripMarkdown(header.get(0));
        boolean models = MODEL_ROWS.matcher(rowKind).matches();
        // "| 이름 | 무엇을 보나 | 지표 |": named rows with a measure column are benchmarks
        boolean scored = NAME_ROWS.matcher(rowKind).matches() && header.stream().skip(1).anyMatch(h -> MEASURE_COLUMN.matcher(stripMarkdown(h)).find());
        if (!models && !BENCHMARK_ROWS.matcher(rowKind).matches() && !scored) {
            return;
        }
        boolean[] relationNamed = new boolean[header.size()]; // "| 기반 LLM |", "| 개발사 |": a column RelationColumns reads
        for (int c = 1; c < header.size(); c++) {
            relationNamed[c] = RelationColumns.namesRelation(stripMarkdown(header.get(c)));
        }
        for (int r = 2; r < rows.length; r++) {
            List<String> row = cells(rows[r]);
            String name = stripMarkdown(row.get(0));
            int line = firstLine + r;
            Optional<Entity> subject = name.isEmpty() || Names.hasHangul(name) || !Names.startsLatinOrGreek(name) ? Optional.empty()
                    : slots.resolveOrDeclare(name, models ? Atlas.Model : Atlas.Benchmark, line);
            if (!models) {
                subject.ifPresent(x -> recorder.reference(x, line)); // a benchmark the table lists is one, scored or not
            }
            for (int c = 1; subject.isPresent() && c < Math.min(header.size(), row.size()); c++) {
                String head = stripMarkdown(header.get(c));
                String cell = stripMarkdown(row.get(c));
                if (relationNamed[c]) {
                    continue;
                }
                if (cell.isEmpty() || !Names.startsLatinOrGreek(cell) && !Character.isDigit(cell.charAt(0))) {
                    continue; // "–", a description in Korean
                }
                if (models && SCORE_CELL.matcher(cell).matches()) {
                    scoredOn(subject.get(), head, line);
                } else if (!models && MEASURE_COLUMN.matcher(head).find()) {
                    measuredBy(subject.get(), cell, line);
                } else if (models && isRole(head)) {
                    builtWith(subject.get(), cell, line);
                }
            }
        }
    }

    /** "| o1 | 79.2 |" under "| 모델 | AIME 2024 |": the model scored on the column's benchmark (one the notes do not know yet too). */
    private void scoredOn(Entity model, String head, int line) {
        lexicon.find(head).filter(x -> x.type().equals(Atlas.Benchmark) || x.type().equals(Atlas.Concept))
                .or(() -> Names.isNameLike(head) && !Names.hasHangul(head) ? Optional.of(lexicon.declare(head, Atlas.Benchmark, Lexicon.RANK_SENTENCE))
                        : Optional.empty())
                .filter(x -> !x.equals(model))
                .ifPresent(x -> recorder.relation(new Relation(model, Atlas.evaluatedBy, x, Emitter.STATED, "table-score"), line, note.line(line)));
    }

    /** "| DocVQA | … | ANLS |": the benchmark's measure. */
    private void measuredBy(Entity benchmark, String cell, int line) {
        for (String item : CELL_SPLIT.split(cell)) {
            // "nDCG@10", "Spearman correlation": a measure in a few Latin words is one even in lower case; so is a phrase
            // closed by a measure's head noun ("refusal rate", "bias score"); "Expected Maximum Toxicity (Perspective API)"
            // is the measure before its aside
            String measure = Lexicon.withoutParenthesis(item).strip();
            boolean phrase = MEASURE_WORDS.matcher(measure).matches() && EvaluationRules.METRIC_PHRASE.matcher(measure).matches();
            (phrase && lexicon.find(measure).isEmpty() ? Optional.of(lexicon.declare(measure, Atlas.Metric, Lexicon.RANK_SENTENCE))
                    : slots.resolve(item, Atlas.Metric, line).or(() -> MEASURE_WORDS.matcher(measure).matches() && Names.isNameLike(measure)
                            ? Optional.of(lexicon.declare(measure, Atlas.Metric, Lexicon.RANK_SENTENCE)) : Optional.empty()))
                    .filter(x -> !x.equals(benchmark) && !x.isModelLike())
                    .ifPresent(x -> recorder.relation(new Relation(benchmark, Atlas.evaluatedBy, x, Emitter.STATED, "table-measure"), line, note.line(line)));
        }
    }

    private boolean isRole(String head) {
        return LabelledLines.ROLE_LABEL.matcher(head).find() || ACRONYM.matcher(head).matches()
                || lexicon.find(head).filter(x -> x.type().equals(Atlas.Concept)).isPresent();
    }

    /** "| CogVideoX | 3D causal VAE | … | T5 |": what the model is built with; "single-stream DiT": the known name in the cell. */
    private void builtWith(Entity model, String cell, int line) {
        for (String item : CELL_SPLIT.split(cell)) {
            if (item.isEmpty() || Names.hasHangul(item) || SIZE_CELL.matcher(item).matches()) {
                continue;
            }
            List<Entity> used = slots.resolve(item, Atlas.Concept, line).map(List::of).orElseGet(() -> mentions.find(item).stream()
                    .map(Mention::entity).filter(x -> Names.startsLatinOrGreek(x.label())).toList());
            used.stream().filter(x -> !x.equals(model) && !x.type().equals(Atlas.Organization) && !Clauses.isModelKind(x)
                            && !Clauses.isMeasure(x))
                    .forEach(x -> recorder.relation(new Relation(model, Atlas.uses, x, Emitter.STATED, "table-role"), line, note.line(line)));
        }
    }

    /** The cells of a table row, without the outer bars. */
    static List<String> cells(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        s = s.endsWith("|") ? s.substring(0, s.length() - 1) : s;
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }
}
