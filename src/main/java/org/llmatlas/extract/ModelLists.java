package org.llmatlas.extract;

import static org.llmatlas.extract.DocumentExtractor.stripMarkdown;

import java.util.List;
import java.util.regex.Matcher;
import org.llmatlas.vocab.Atlas;

/**
 * Lists that name models with the techniques in their parentheses: a family bullet
 * ("- **LLaMA 계열 (Meta)**: LLaMA-2(GQA, RoPE), …": each model is in the family and uses what it lists) and
 * the first column of a comparison table ("| Q-Former (BLIP-2) |": BLIP-2 uses Q-Former).
 */
final class ModelLists {
    private static final java.util.regex.Pattern EDITIONS = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+(?:\\s*/\\s*\\p{Lu}\\p{Ll}+)+)\\s*(?:,|$)");

    private static final java.util.regex.Pattern FAMILY_WORD_TAIL = java.util.regex.Pattern.compile("\\s*(계열|family).*$");

    private static final java.util.regex.Pattern NAME_BASED = java.util.regex.Pattern.compile("([\\p{Lu}][\\p{IsLatin}\\d\\-.]*)\\s*기반");
    private static final java.util.regex.Pattern BUILT_FROM = java.util.regex.Pattern.compile("\\+|기반|(?i:\\bbased on\\b|backbone)");

    private final Note note;
    private final Lexicon lexicon;
    private final MentionFinder mentions;
    private final SlotNames slots;
    private final Emitter out;
    private final NoteRecorder recorder;
    private final TableColumns columns;
    private final RelationColumns relationColumns;

    ModelLists(Note note, Lexicon lexicon, MentionFinder mentions, SlotNames slots, Emitter out, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.mentions = mentions;
        this.slots = slots;
        this.out = out;
        this.recorder = recorder;
        this.columns = new TableColumns(note, lexicon, mentions, slots, recorder);
        this.relationColumns = new RelationColumns(note, lexicon, mentions, slots, recorder);
    }

    /** A lower-case mention right after another English word: the head noun of a longer phrase, not a name. */
    private static boolean headOfLongerPhrase(String text, Mention x) {
        String surface = text.substring(x.start(), x.end());
        return x.start() >= 2 && text.charAt(x.start() - 1) == ' ' && Character.isLetterOrDigit(text.charAt(x.start() - 2))
                && Character.UnicodeScript.of(text.codePointAt(x.start() - 2)) != Character.UnicodeScript.HANGUL
                && surface.equals(surface.toLowerCase(java.util.Locale.ROOT));
    }

    /** "shared expert 없음", "sliding window 미사용": the item of a list the name stands in says the model does without it. */
    private static boolean negatedAfter(String detail, int end) {
        int comma = detail.indexOf(',', end);
        String rest = detail.substring(end, comma < 0 ? detail.length() : comma);
        return NEGATED.matcher(rest).find();
    }

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("없음|없이|없는|미사용|미적용|미지원|제외|불필요|않");

    /**
     * A family bullet: each member is part of the family and uses the techniques in its parentheses;
     * with no family ("기타"), the members only use them.
     */
    void family(Entity family, Layout.Term t, Block b) {
        String quote = note.line(b.line());
        for (Declarations.Member m : Declarations.members(t.definition(), FAMILY_WORD_TAIL.matcher(t.name()).replaceAll(""))) {
            Entity model = lexicon.declare(m.name(), Atlas.Model, Lexicon.RANK_SECTION);
            recorder.reference(model, b.line());
            if (family != null) {
                out.stated(recorder.res(model), Atlas.partOf, recorder.res(family), b.line(), quote, Emitter.IMPLIED, "family-list");
            }
            Matcher editions = EDITIONS.matcher(m.detail());
            if (editions.lookingAt()) {
                // "Claude 3(Haiku/Sonnet/Opus, …)": the editions of one model version
                for (String edition : editions.group(1).split("/")) {
                    Entity sub = lexicon.declare(m.name() + " " + edition.strip(), Atlas.Model, Lexicon.RANK_SECTION);
                    sub.family = model;
                    recorder.reference(sub, b.line());
                }
            }
            // "Idefics2(SigLIP + Mistral 7B)", "Idefics3(LLaMA-3 기반)": models it is built from count too;
            // a model merely named there ("GPT-4급 성능") does not
            boolean builtFrom = BUILT_FROM.matcher(m.detail()).find();
            for (Mention x : mentions.find(m.detail())) {
                if (headOfLongerPhrase(m.detail(), x)) {
                    continue; // "SigLIP vision encoder 추가", "global attention": the phrase names something else
                }
                if (negatedAfter(m.detail(), x.end())) {
                    continue; // "Qwen3-235B-A22B(…, shared expert 없음)", "(sliding window 미사용)": what it does without
                }
                boolean usable = !x.entity().isModelLike() || builtFrom && x.entity().family != model.family;
                if (usable && !x.entity().type().equals(Atlas.Organization)) {
                    recorder.relation(new Relation(model, Atlas.uses, x.entity(), Emitter.IMPLIED, "family-member-features"), b.line(), quote);
                }
            }
            Matcher based = NAME_BASED.matcher(m.detail());
            while (based.find()) {
                // "OLMo 2(공개 데이터 Dolma 기반)": what a member is based on is named even when nothing declared it
                slots.resolveTerm(based.group(1), b.line()).filter(x -> !x.equals(model))
                        .ifPresent(x -> recorder.relation(new Relation(model, Atlas.uses, x, Emitter.IMPLIED, "family-member-features"), b.line(), quote));
            }
        }
    }

    /** The cells of the table's columns of changes and features, each about its row's model ({@link RelationColumns#noteCells}). */
    List<RelationColumns.NoteCell> noteCells(Block b) {
        return relationColumns.noteCells(b.raw().split("\n"), b.line());
    }

    /**
     * A comparison table: a row whose first cell names a technique with models in parentheses
     * ("| Q-Former (BLIP-2) | … |") says the models use it; with the header's noun ("| Projector |", "| MLP (LLaVA-1.5) |")
     * when that makes a known name (MLP Projector). Scores, roles and measures in tables over models or benchmarks are
     * read by {@link TableColumns}, columns whose header names a relation by {@link RelationColumns}.
     */
    void table(Block b) {
        String[] rows = b.raw().split("\n");
        columns.read(rows, b.line());
        String head = stripMarkdown(firstCell(rows[0]));
        for (int r = 2; r < rows.length; r++) {
            String cell = stripMarkdown(firstCell(rows[r]));
            String models = Lexicon.parenthesisNote(cell);
            if (models == null) {
                continue;
            }
            String name = Lexicon.withoutParenthesis(cell);
            int line = b.line() + r;
            lexicon.find(name + " " + head).or(() -> lexicon.find(name))
                    .filter(x -> !x.isModelLike() && !Clauses.isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> slots.exampleModels(models, x).forEach(
                            m -> recorder.relation(new Relation(m, Atlas.uses, x, Emitter.STATED, "table-row-models"), line, note.line(line))));
        }
        relationColumns.read(rows, b.line());
    }

    private static String firstCell(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        int bar = s.indexOf('|');
        return (bar < 0 ? s : s.substring(0, bar)).strip();
    }
}
