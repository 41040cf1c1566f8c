package org.llmatlas.extract;

import java.util.List;
import java.util.Optional;
import org.llmatlas.vocab.Atlas;

/**
 * Writes the claims a lecture's section layout makes ({@link SectionClaims}) as relations, keeping what the current
 * section compares and whose problems it fixes: under "A vs B", "A이 더 나은 이유" says A improves on B, and so does "A의
 * 장점" unless the section also lists B's advantages (a trade-off); under "X의 문제점과 개선", a label naming a fix
 * ("해결책: Y", "Y (Long Name)") says Y improves on X, unless the section is another thing's ("### 2.3. DeepSeek-MoE" over
 * "**Switch Transformer의 문제점과 개선**"): that thing improves on X, and uses the fixes.
 */
final class SectionClaimReader {
    private final Note note;
    private final Lexicon lexicon;
    private final NoteRecorder recorder;
    /** The sides the current section or bold label compares ("GRPO vs PPO"), or null. */
    private SectionClaims.Versus versus;
    /** What the current section gives the problems and fixes of ("### GRPO의 문제점과 개선"), or null. */
    private Entity fixesOf;
    /** The thing whose section lists another's problems and its own fixes, or null. */
    private Entity fixer;

    SectionClaimReader(Note note, Lexicon lexicon, NoteRecorder recorder) {
        this.note = note;
        this.lexicon = lexicon;
        this.recorder = recorder;
    }

    /** A new section: what its heading compares or fixes the problems of. */
    void heading(String name) {
        versus = SectionClaims.versus(name);
        String fixed = SectionClaims.problemsAndFixesOf(name);
        fixesOf = fixed == null ? null : lexicon.find(fixed).orElse(null);
        fixer = null;
    }

    /**
     * A bold label of the section ({@code subject}: the thing the section's heading names, or null): a comparison, a side
     * that is better, the problems of a thing, or a fix. Returns the thing that uses the fix the label names, when the
     * section is that thing's (a list of users after the label names its users too), else null.
     */
    Entity label(String label, List<Block> blocks, int index, int line, Entity subject) {
        SectionClaims.Versus v = SectionClaims.versus(label);
        if (v != null) {
            versus = v;
            return null;
        }
        String quote = note.line(line);
        String fixed = SectionClaims.problemsAndFixesOf(label);
        if (fixed != null) {
            fixesOf = lexicon.find(fixed).orElse(null);
            fixer = fixesOf != null && subject != null && !subject.equals(fixesOf) ? subject : null;
            if (fixer != null) {
                recorder.relation(new Relation(fixer, Atlas.improvesOn, fixesOf, Emitter.STATED, "fixes-problems-of"), line, quote);
            }
            return null;
        }
        if (versus != null) {
            better(label, blocks, index, line, quote);
        }
        String fix = fixesOf == null ? null : SectionClaims.fixNamed(label);
        if (fix != null) {
            // the whole name: "GRPO Done Right" is a fix of GRPO, not GRPO
            Optional<Entity> y = lexicon.find(fix).or(() -> Optional.of(lexicon.declare(fix, Atlas.Concept, Lexicon.RANK_SENTENCE)))
                    .filter(x -> !x.equals(fixesOf) && !x.equals(fixer));
            y.ifPresent(x -> recorder.relation(fixer != null ? new Relation(fixer, Atlas.uses, x, Emitter.STATED, "fix-of-problems")
                    : new Relation(x, Atlas.improvesOn, fixesOf, Emitter.STATED, "fix-of-problems"), line, quote));
            return y.isPresent() ? fixer : null;
        }
        return null;
    }

    /**
     * "A이 더 나은 이유", "A의 장점" under "A vs B": A improves on B. Sides no note names yet ("Full Fine-tuning vs LoRA")
     * are named by the comparison when they are names and the label speaks of one of them.
     */
    private void better(String label, List<Block> blocks, int index, int line, String quote) {
        String why = SectionClaims.whyBetter(label);
        String better = why != null ? why : SectionClaims.advantagesOf(label);
        if (better == null || !better.equalsIgnoreCase(versus.first()) && !better.equalsIgnoreCase(versus.second())
                && lexicon.find(better).isEmpty()) {
            return;
        }
        Optional<Entity> first = side(versus.first());
        Optional<Entity> second = side(versus.second());
        Optional<Entity> a = lexicon.find(better);
        if (first.isPresent() && second.isPresent() && !first.equals(second) && (a.equals(first) || a.equals(second))) {
            Entity other = a.equals(first) ? second.get() : first.get();
            if (why != null || !advantagesListed(other, blocks, index)) {
                recorder.relation(new Relation(a.get(), Atlas.improvesOn, other, Emitter.STATED, "better-in-comparison"), line, quote);
            }
        }
    }

    /** A side of the comparison: known, or declared (a technique) if it is a name. */
    private Optional<Entity> side(String name) {
        Optional<Entity> known = lexicon.find(name);
        if (known.isPresent() || !Names.startsLatinOrGreek(name) || Names.hasHangul(name) || !Names.isNameLike(name)) {
            return known;
        }
        return Optional.of(lexicon.declare(name, Atlas.Concept, Lexicon.RANK_SENTENCE));
    }

    /** Another bold label of the same section lists the advantages of {@code side}. */
    private boolean advantagesListed(Entity side, List<Block> blocks, int index) {
        int from = index;
        while (from > 0 && blocks.get(from - 1).kind() != Block.Kind.HEADING) {
            from--;
        }
        for (int j = from; j < blocks.size() && blocks.get(j).kind() != Block.Kind.HEADING; j++) {
            String bold = blocks.get(j).kind() == Block.Kind.PARAGRAPH ? Layout.boldOnly(blocks.get(j).raw()) : null;
            String of = bold == null ? null : SectionClaims.advantagesOf(DocumentExtractor.stripMarkdown(bold));
            if (of != null && lexicon.find(of).filter(side::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
