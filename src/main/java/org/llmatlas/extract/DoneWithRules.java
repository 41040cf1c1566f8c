package org.llmatlas.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Uses stated by what was done with a thing rather than by a use verb: a model that judges a benchmark's answers
 * ("GPT-4를 judge로 써서"), a component swapped for another ("U-Net backbone을 Transformer로 바꾼 구조"), a
 * technique's acronym used as the verb ("… trace로 SFT함"), and a clause whose doing is named in parentheses
 * ("응답 비교는 AI가 수행함(RLAIF)").
 */
final class DoneWithRules {
    private final SlotNames slots;
    private final ObjectClauses objectClauses;

    DoneWithRules(SlotNames slots, ObjectClauses objectClauses) {
        this.slots = slots;
        this.objectClauses = objectClauses;
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

    /**
     * "SFT하고", "SFT만 해서", "RLHF함", "Llama를 SFT한 모델", "Gemma 기반, FIM 학습.": a known technique's acronym used as the
     * verb, or before 학습 closing a clause (not plain words: "fine-tuning하는"; not "SFT 학습 데이터").
     */
    private static final Pattern TECHNIQUE_DONE = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])(\\p{Lu}{2,}[\\p{Lu}\\d]*)(?:만|도)?\\s?(?:하고|하여|해서|함|했|하는|한|(?:학습|훈련)(?=\\s*(?:[.,;]|$|함|했|하고|하여)))");

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

    /**
     * "co-finetuning함", "consistency distillation 하여", "mid-training하고": a method named in plain words used as the verb,
     * when it is a compound (hyphenated or of two or more words) ending in -ing or -tion; the everyday steps
     * ("fine-tuning한", "pre-training하는") are no method of the context's own.
     */
    private static final Pattern METHOD_DONE = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])((?:\\p{Ll}+-)?\\p{Ll}+(?:\\s\\p{Ll}+-?\\p{Ll}*){0,2}(?:ing|tion))\\s?(?:하고|하여|해서|함|했|한다)");
    private static final Pattern EVERYDAY_STEP = Pattern.compile("(?:(?:fine|pre|post)-?)?(?:tuning|training)|learning");

    /** The context does what a known technique's acronym or a compound method says ("… trace로 SFT함": the context uses SFT). */
    void techniqueDone(String s, Entity context, int line, List<Relation> out) {
        Matcher d = METHOD_DONE.matcher(s);
        while (d.find()) {
            String method = d.group(1);
            if ((method.contains("-") || method.contains(" ")) && !EVERYDAY_STEP.matcher(method).matches()) {
                slots.resolveTerm(method, line).filter(x -> technique(x) && !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "method-done")));
            }
        }
        Matcher m = TECHNIQUE_DONE.matcher(s);
        while (m.find()) {
            if ((m.group().endsWith("학습") || m.group().endsWith("훈련")) && s.lastIndexOf('(', m.start()) > s.lastIndexOf(')', m.start())) {
                continue; // "V3(FP8 학습, …)" in a family's bullet: a note on a member, not what the context does
            }
            slots.lexicon().find(m.group(1)).filter(x -> x.type().equals(Atlas.Concept) && !x.equals(context) && !Clauses.isModelKind(x))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "technique-done")));
        }
    }

    /**
     * A Korean word, then a name in parentheses, then maybe the rest of a verb: "AI가 수행함(RLAIF)", "한 모델에
     * 통합함(hybrid thinking)", "저장하는 대신 재계산(recomputation)함".
     */
    private static final Pattern NAMED_DOING = Pattern.compile("(\\p{IsHangul}+)\\s?[(（]([\\p{IsLatin}μ][^()（）\\p{IsHangul},;:%=]*?)\\s*[)）](\\p{IsHangul}*)");
    /** After the parentheses, the rest of a verb whose noun the parentheses named ("재계산(recomputation)함"). */
    private static final Pattern VERB_REST = Pattern.compile("(?:함|했|하여|하고|하며|한다|해서|해)");
    /**
     * What goes wrong or is not done is no technique used ("환각이 생김(hallucination)", "쓰지 않음(MoE)"), nor what was
     * released ("Google이 공개함(Gemma 2)").
     */
    private static final Pattern NOT_DONE = Pattern.compile("생김|생겼|발생|떨어|나빠|저하|문제|한계|단점|못|않|없|공개|발표|출시");
    /** A name ending on a version or size, as a model's does ("Gemma 2", "Claude 3 Opus" is known; "Wren Chat 3", "Owl-7B"). */
    private static final Pattern VERSIONED = Pattern.compile("(?:[\\s\\-]v?\\d+(?:\\.\\d+)*[BMK]?|\\d[BMK])$");
    /** Two to four plain words ("hybrid thinking", "self-speculative decoding"). */
    private static final Pattern PLAIN_WORDS = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]+(?: [\\p{Ll}\\-]+){1,3}");

    /**
     * The clause's subject, else the context (if any), uses what the parentheses after its predicate name: the name of what
     * it does ("MMBench는 … 모두 맞아야 정답으로 침(CircularEval)"). The name is known, proper ("RLAIF") or a phrase of
     * plain words; a gloss of a noun ("원칙(constitution)만") and a model given as an example are not read.
     */
    void namedDoing(String s, Entity context, int line, List<Relation> out) {
        Matcher m = NAMED_DOING.matcher(s);
        while (m.find()) {
            String predicate = m.group(1);
            String rest = m.group(3);
            boolean verbEnds = rest.isEmpty() ? Endings.closesWithMieum(predicate.charAt(predicate.length() - 1)) : VERB_REST.matcher(rest).lookingAt();
            String name = m.group(2).strip();
            // "추가(Medusa)하여": before the rest of a verb, the parentheses gloss the verb in plain words, or name who does it
            boolean gloss = !rest.isEmpty() && name.chars().noneMatch(Character::isUpperCase);
            if (!verbEnds || !rest.isEmpty() && !gloss || NOT_DONE.matcher(predicate).find() || name.startsWith("e.g") || name.startsWith("i.e")) {
                continue;
            }
            Optional<Entity> known = slots.lexicon().find(name);
            Optional<Entity> used = known.isPresent() ? known
                    : (UseRules.PROPER_SHAPE.matcher(name).find() || PLAIN_WORDS.matcher(name).matches()) && !VERSIONED.matcher(name).find()
                            ? slots.resolveTerm(name, line) : Optional.empty();
            Entity subject = objectClauses.clauseSubject(s, m.start(), context);
            used.filter(x -> subject != null && technique(x) && !x.equals(subject))
                    .ifPresent(x -> out.add(new Relation(subject, Atlas.uses, x, Emitter.STATED, "named-doing")));
        }
    }
}
