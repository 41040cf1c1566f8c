package org.llmatlas.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Uses stated by what was done with a thing rather than by a use verb: a model that judges a benchmark's answers
 * ("GPT-4를 judge로 써서"), a component swapped for another ("U-Net backbone을 Transformer로 바꾼 구조"), and a
 * technique's acronym used as the verb ("… trace로 SFT함").
 */
final class DoneWithRules {
    private final SlotNames slots;

    DoneWithRules(SlotNames slots) {
        this.slots = slots;
    }

    /** "GPT-4를 judge로 써서 채점", "GPT-4-Turbo가 judge로 채점함": the model that judges answers. */
    private static final Pattern JUDGE = Pattern.compile("([\\p{IsLatin}][^\\s,()]*)(?:을|를|이|가)\\s+(?:[^\\s.]+\\s+)?(?i:judge|심판|평가자)(?:로|으로)");

    /** An evaluation that has a model judge its answers uses that model (the judge is no benchmark of it). */
    void judgedBy(String s, Entity context, int line, List<Relation> out) {
        Matcher m = JUDGE.matcher(s);
        while (m.find()) {
            Matcher head = JUDGING.matcher(s).region(m.end(), s.length());
            // "GPT-4를 심판으로 쓰는 MT-Bench로 평가": the evaluation the relative clause qualifies has the judge
            Entity user = head.lookingAt() ? slots.lexicon().find(head.group(1)).orElse(context) : context;
            slots.resolve(m.group(1), Atlas.Model, line).filter(x -> x.isModelLike() && !x.equals(user))
                    .ifPresent(x -> out.add(new Relation(user, Atlas.uses, x, Emitter.STATED, "judged-by")));
        }
    }

    /** After "X를 judge로": a relative clause on the name that has the judge ("쓰는 MT-Bench로"). */
    private static final Pattern JUDGING = Pattern.compile("\\s*(?:쓰는|사용하는|활용하는|두는|둔|쓴|사용한)\\s+([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)");

    /** "U-Net backbone을 Transformer로 바꾼 구조", "text encoder를 OpenCLIP ViT-H로 교체": what a component is replaced with. */
    private static final Pattern REPLACED_WITH = Pattern.compile(
            "([\\p{IsLatin}\\p{IsHangul}]+)(?:을|를)\\s+([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:으로|로)\\s+(?:바꾼|바꿈|바꾸|바꿔|교체|대체)");

    /** "QKV bias를 없애고 QK-Norm으로 대체", "RMSNorm은 DyT로 교체": a named technique, then the one put in its place. */
    private static final Pattern NAMED_REPLACED = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:을|를|은|는)\\s+"
                    + "(?:(?:없애고|빼고|제거하고)\\s+)?([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:으로|로)\\s+(?:교체|대체)");

    private static boolean technique(Entity x) {
        return !x.isModelLike() && !x.type().equals(Atlas.Organization) && !Clauses.isModelKind(x) && !Clauses.isMeasure(x);
    }

    /**
     * The clause's subject, else the context, uses what a part of it was replaced with (the replaced part is named in
     * words, not compared): "Stable Diffusion 2는 text encoder를 OpenCLIP ViT-H로 교체".
     */
    void replacedWith(String s, Entity context, int line, List<Relation> out) {
        Matcher m = REPLACED_WITH.matcher(s);
        Matcher opening = Clauses.SUBJECT_MARKED.matcher(s.strip());
        Entity subject = opening.lookingAt() ? slots.versionedName(opening.group(1)).orElse(context) : context;
        Matcher named = NAMED_REPLACED.matcher(s);
        while (named.find()) {
            // "Qwen2.5의 QKV bias를 없애고 QK-Norm으로 대체함": a named technique swapped for another, which improves on it
            if (named.group(1).chars().noneMatch(Character::isUpperCase)) {
                continue; // "token span을 sentinel token으로 대체", "text encoder를 …로 교체": a part in plain words, left to the rule below
            }
            Optional<Entity> old = slots.resolveTerm(named.group(1), line).filter(DoneWithRules::technique);
            Optional<Entity> replacement = slots.resolveTerm(named.group(2), line).filter(DoneWithRules::technique);
            if (old.isPresent() && replacement.isPresent() && !old.equals(replacement) && !replacement.get().equals(subject)) {
                out.add(new Relation(replacement.get(), Atlas.improvesOn, old.get(), Emitter.STATED, "replaced-by"));
                if (subject != null && subject.isModelLike()) {
                    out.add(new Relation(subject, Atlas.uses, replacement.get(), Emitter.STATED, "replaced-with"));
                }
            }
        }
        while (m.find()) {
            if (!LabelledLines.ROLE_LABEL.matcher(m.group(1)).find()) {
                continue; // "token span을 sentinel token으로 대체": what something is turned into, not a part swapped
            }
            slots.resolveTerm(m.group(2), line).filter(x -> !x.equals(subject) && !x.type().equals(Atlas.Organization) && !Clauses.isModelKind(x)
                            && !Clauses.isMeasure(x))
                    .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "replaced-with")));
        }
    }

    /** "SFT하고", "SFT만 해서", "RLHF함", "Llama를 SFT한 모델": a known technique's acronym used as the verb (not plain words: "fine-tuning하는"). */
    private static final Pattern TECHNIQUE_DONE = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])(\\p{Lu}{2,}[\\p{Lu}\\d]*)(?:만|도)?\\s?(?:하고|하여|해서|함|했|하는|한)");

    /** "SFT한": a capital letter right before 한 (a cheap test for {@link #TECHNIQUE_DONE}'s 한, a common syllable). */
    static boolean acronymThenHan(String s) {
        for (int i = s.indexOf('한'); i > 0; i = s.indexOf('한', i + 1)) {
            char c = s.charAt(i - 1);
            if (c >= 'A' && c <= 'Z') {
                return true;
            }
        }
        return false;
    }

    /** The context does what a known technique's acronym says ("… trace로 SFT함": the context uses SFT). */
    void techniqueDone(String s, Entity context, List<Relation> out) {
        Matcher m = TECHNIQUE_DONE.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(x -> x.type().equals(Atlas.Concept) && !x.equals(context) && !Clauses.isModelKind(x))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "technique-done")));
        }
    }
}
