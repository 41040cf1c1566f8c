package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.NAME;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;
import static org.llmatlas.extract.Clauses.lastPhrase;
import static org.llmatlas.extract.Gates.mayMatch;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Sentences that say the context improves on an older thing: "X의 후속", "X의 개선 버전", "CLIP의 softmax 대신
 * sigmoid loss", "기존 RoPE", "Static batching의 idle time을 없애", and "IPO, KTO는 DPO의 한계를 보완".
 */
final class ImprovementRules {
    /** "Static batching의 GPU idle time을 없애", "TinyBERT의 레이어 매핑 문제를 없앤": the context fixes what it names, so it improves on it. */
    static final Pattern FIXES = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)의\\s+(?:[^.]{0,40}?(?:을|를)\\s*(?:없애|없앤|없앴|해결|극복|보완)"
                    // "MQA의 품질 저하를 줄이면서": a drawback of the other, reduced
                    + "|[^.]{0,30}?(?:저하|손실|문제|한계|단점|병목|편향)(?:을|를)\\s*(?:줄이|줄여|줄인|줄임|완화))");

    static final Pattern SUCCESSOR = Pattern.compile("([^\\s,(]+(?:\\s[^\\s,(]+)?)(?:의\\s*|\\s(?=후속(?:\\s*(?:모델|버전)(?:임|이다)?)?\\s*(?:[.,;]|$)))(?:후속|개선\\s*(?:버전|판|모델)|확장\\s*(?:버전|판)|차기|업그레이드|다음\\s*(?:버전|세대|모델)|뒤를\\s*이)");
    /** "X를 개선한 …", "X를 decoding에 맞게 분할한 개선 버전": what the context improves on opens the sentence. */
    static final Pattern IMPROVED_VERSION = Pattern.compile(
            "^(?:(.+?)(?:을|를)\\s*개선한|([^.을를]+?)(?:을|를)\\s[^.을를]{0,40}?\\s개선\\s*(?:버전|판|모델)(?!(?:은|이)\\s*아))");
    /** "CLIP의 softmax 기반 InfoNCE 대신 sigmoid loss를 사용": what is replaced is named right before "대신" (a version's dot, "wav2vec 2.0의", ends no clause). */
    static final Pattern INSTEAD = Pattern.compile("(?:^|(?<=[:;()])|(?<=\\.)(?!\\d))\\s*((?:[^.;]|\\.(?=\\d))*?[\\p{IsLatin}\\d)])\\s*대신\\s*(?:([\\p{IsLatin}][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:을|를|으로|로)\\s)?");
    /** "X의 …", "Llama 3은 Llama 2의 …": the owner a replaced part belonged to, the name before the last "의". */
    private static final Pattern OWNER_OF_PART = Pattern.compile("(?:^|\\s)([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)의\\s(?!.*의\\s)");
    /** "개선 버전", "후속 모델" said of the context alone: its predecessor is its own name without the version. */
    /** "LoRA 후속: DoRA (…), LoRA+ (…)", "PPO의 개선판: GRPO, RLOO": a label naming what came after a name, then the list of them. */
    private static final Pattern SUCCESSORS_LABEL = Pattern.compile(
            "^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*)?)\\s*(?:의\\s*)?(?:후속(?:작|\\s*연구|\\s*기법|\\s*모델)?들?|개선\\s*(?:판|버전|기법)들?)\\s*[:：]\\s*(\\S.*)$");

    /** See {@link #SUCCESSORS_LABEL}: each name the list opens an item with improves on the labelled one. */
    void successorsListed(String s, int line, List<Relation> out) {
        Matcher m = SUCCESSORS_LABEL.matcher(s);
        if (!m.matches()) {
            return;
        }
        Optional<Entity> before = slots.lexicon().find(m.group(1));
        for (String item : Clauses.topLevelCommaSplit(m.group(2))) {
            String name = Lexicon.withoutParenthesis(item).strip();
            if (before.isEmpty() || name.isEmpty() || Names.hasHangul(name) || !Names.isNameLike(name)) {
                continue;
            }
            slots.resolve(name, before.get().type(), line).filter(x -> !x.equals(before.get()))
                    .ifPresent(x -> out.add(new Relation(x, Atlas.improvesOn, before.get(), Emitter.STATED, "successors-listed")));
        }
    }

    private static final Pattern IMPROVED_ALONE = Pattern.compile("(?:개선|후속|차기)\\s*(?:버전|판|모델)");
    private static final Pattern UNVERSIONED = Pattern.compile("^(.*?\\S)[-\\s]?v?\\d+(?:\\.\\d+)*$");
    /** "기존 SSM의 …", "기존 RoPE:", "기존 LayerNorm에서": the known thing the context replaces. */
    static final Pattern EXISTING = Pattern.compile("기존\\s+([\\p{IsLatin}][^\\s,()]*?)(?:의|에서|:|와\\s*다른|과\\s*다른)(?=\\s|$)");

    /** "A는 X 문제가 있고, B는 … X를 방지": group 1 has problem 2, group 3 deals with it in 4. */
    private static final Pattern PROBLEM_SOLVED = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()]*)(?:은|는)\\s+([^.;]{1,60}?)(?:문제|위험|한계|단점)(?:가|이|도)?\\s*(?:있고|있으며|있지만|있어|있는\\s*반면)\\s*,?\\s*"
            + "([\\p{IsLatin}][^\\s,()]*)(?:은|는)\\s+([^.;]{1,80}?)(?:방지|해결|완화|극복|없)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("\\p{IsLatin}{3,}");

    private final SlotNames slots;
    private final MentionFinder mentions;

    ImprovementRules(SlotNames slots, MentionFinder mentions) {
        this.slots = slots;
        this.mentions = mentions;
    }

    /**
     * "HumanEval은 contamination 문제가 있고, LiveCodeBench는 … contamination을 방지함": of two named subjects,
     * the one that prevents (solves, has no) the problem the other has improves on it. The problem must be
     * named on both sides, so a mere list of pros and cons does not count.
     */
    void problemSolved(String s, int line, List<Relation> out) {
        Matcher m = PROBLEM_SOLVED.matcher(s);
        while (m.find()) {
            Set<String> problem = englishWords(m.group(2));
            if (problem.isEmpty() || java.util.Collections.disjoint(problem, englishWords(m.group(4)))) {
                continue;
            }
            Optional<Entity> worse = slots.lexicon().find(m.group(1));
            Optional<Entity> better = slots.lexicon().find(m.group(3));
            if (worse.isPresent() && better.isPresent() && !worse.equals(better)) {
                out.add(new Relation(better.get(), Atlas.improvesOn, worse.get(), Emitter.STATED, "solves-problem-of"));
            }
        }
    }

    private static Set<String> englishWords(String text) {
        Set<String> words = new HashSet<>();
        Matcher w = ENGLISH_WORD.matcher(text);
        while (w.find()) {
            words.add(w.group().toLowerCase(java.util.Locale.ROOT));
        }
        return words;
    }

    void improves(String s, Entity context, int line, List<Relation> out) {
        Matcher fix = FIXES.matcher(s);
        while (mayMatch(FIXES, s) && fix.find()) {
            String owner = fix.group(1);
            int space = owner.indexOf(' ');
            // "offline DPO의 … 문제를 완화함": a lower-case qualifier before a known name is that name's
            Optional<Entity> qualified = space > 0 && Character.isLowerCase(owner.charAt(0)) && slots.lexicon().find(owner).isEmpty()
                    ? slots.lexicon().find(owner.substring(space + 1)) : Optional.empty();
            qualified.or(() -> slots.resolveTerm(owner, line)).filter(x -> !x.equals(context))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "fixes")));
        }
        Matcher instead = INSTEAD.matcher(s);
        while (mayMatch(INSTEAD, s) && instead.find()) {
            // the replacement named after "대신" improves on the replaced thing; the context improves on its owner
            String slot = instead.group(1);
            // "CLIP의 softmax 대신": what is replaced is the part after the owner
            String part = slot.substring(slot.lastIndexOf("의 ") + 1);
            if (Names.isFormula(lastPhrase(part))) {
                continue; // "O(n) KV-cache 대신 O(d_state) …", "softmax(QKᵀ)V 대신 …": notation compared, no thing replaced
            }
            Optional<Entity> replaced = slots.resolveTerm(lastPhrase(part), line).filter(x -> !x.equals(context));
            Optional<Entity> replacement = instead.group(2) == null ? Optional.empty() : slots.resolveTerm(instead.group(2), line);
            Entity better = replacement.filter(r -> !r.isModelLike()).orElse(context);
            // "Llama 3은 … SentencePiece 대신 tiktoken 기반 128K vocab을 도입함": a model improves on no technique it stops using
            replaced.filter(x -> !x.equals(better) && (x.isModelLike() || !better.isModelLike())).ifPresent(x -> out.add(new Relation(better, Atlas.improvesOn, x, Emitter.STATED, "instead-of")));
            Matcher owner = OWNER_OF_PART.matcher(slot);
            if (owner.find()) {
                Optional<Entity> ownerEntity = slots.resolve(owner.group(1), Declarations.VERSIONED_MODEL.matcher(owner.group(1)).matches() ? Atlas.Model : Atlas.Concept, line)
                        .filter(o -> !o.equals(context) && !replaced.equals(Optional.of(o)) && !isModelKind(o) && !o.type().equals(Atlas.Organization));
                // "Llama 2의 SentencePiece 대신", "RLHF의 reward model 대신": the owner had what is replaced
                ownerEntity.ifPresent(o -> replaced.filter(x -> !x.isModelLike() && !isMeasure(x))
                        .ifPresent(x -> out.add(new Relation(o, Atlas.uses, x, Emitter.STATED, "owner-of-replaced"))));
                if (replacement.isPresent()) {
                    ownerEntity.ifPresent(o -> out.add(new Relation(context, Atlas.improvesOn, o, Emitter.STATED, "instead-of-owner")));
                }
            }
        }
        Matcher existing = EXISTING.matcher(s);
        while (mayMatch(EXISTING, s) && existing.find()) {
            if (!isModelKind(context) && !hasAny(s, "재사용", "사용", "활용")) {
                slots.lexicon().find(existing.group(1)).filter(x -> !x.equals(context) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "replaces-existing")));
            }
        }
        if (IMPROVED_ALONE.matcher(s).find() && !SUCCESSOR.matcher(s).find()) {
            Matcher base = UNVERSIONED.matcher(context.label());
            if (base.matches()) {
                slots.lexicon().find(base.group(1)).filter(x -> !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "improved-version")));
            }
        }
        if (s.contains("후속") && !s.contains("의 후속")) {
            successorsNamed(s, context, line, out);
        }
        for (Pattern p : List.of(SUCCESSOR, IMPROVED_VERSION)) {
            Matcher m = p.matcher(s);
            while (mayMatch(p, s) && m.find()) {
                String rule = p == SUCCESSOR ? "successor" : "improved-version";
                firstNamed(m.group(1) != null ? m.group(1) : m.group(2), line).ifPresent(
                        a -> out.add(new Relation(context, Atlas.improvesOn, a, Emitter.STATED, rule)));
            }
        }
    }

    /**
     * "MQA를 대체함", "RLHF를 대체하는 방법", "PPO를 개량함", "PPO를 계승한 방법", "WebArena를 확장하여", "PPO에서 발전한 기법",
     * "DDPM으로부터 진화한": the context replaces, improves, carries on, extends or grew out of the name (not "X를 Y로 대체",
     * where Y replaces X, nor "X를 대체할 수 없음"; what is extended is a proper name, not "vocabulary를 확장한").
     */
    static final Pattern REPLACES_OR_GROWS_FROM = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAME
            + "(?:(?:을|를)\\s+(?:(?:완전히|점차|사실상|크게)\\s+)?(?:대체|개량|계승|업그레이드|확장)(?!할\\s*수\\s*없|하지\\s*(?:못|않))|(?:에서|으로부터|로부터)\\s+(?:발전|진화))(?:함|했|하는|하며|하여|한다|하고|한|된|됨|해)");

    /** "…을 대체하는 별도 커널로, 개선 버전은 아님": the sentence denies that it improves on what it replaces. */
    private static final Pattern DENIED = Pattern.compile("(?:개선|후속|나은)[^.;]{0,12}?(?:아님|아니)");

    void replacesOrGrowsFrom(String s, Entity context, int line, List<Relation> out) {
        if (DENIED.matcher(s).find()) {
            return;
        }
        Matcher m = REPLACES_OR_GROWS_FROM.matcher(s);
        while (m.find()) {
            if (m.group().contains("확장") && m.group(1).equals(m.group(1).toLowerCase(java.util.Locale.ROOT))) {
                continue; // "vocabulary를 확장한": a plain word is made larger, not improved on
            }
            // "Phi-1.5를 확장한" said of a model: a versioned name there is a model too
            (context.isModelLike() && m.group(1).chars().anyMatch(Character::isDigit) ? slots.resolve(m.group(1), Atlas.Model, line) : slots.resolveTerm(m.group(1), line))
                    .filter(x -> !x.equals(context) && x.isModelLike() == context.isModelLike())
                    .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "replaces")));
        }
    }

    /** "후속인 Qwen2-Audio는", "후속으로 나온 Distil-Whisper는": the successor of the context, named after the word. */
    private static final Pattern SUCCESSOR_AFTER = Pattern.compile(
            "후속(?:인|작인|으로\\s+(?:나온|등장한|공개된))\\s+" + NAMES + "\\s*(?:[(（][^()（）]*[)）])?(?:은|는|이|가|도)\\s");
    /** "VALL-E X, VALL-E 2 등의 후속 모델도": successors of the context, listed before the word. */
    private static final Pattern SUCCESSORS_BEFORE = Pattern.compile(
            "(?:^|(?<=\\s))" + NAMES + "\\s*(?:등의\\s+|같은\\s+)?후속\\s*(?:모델|버전|연구)들?(?:도|은|는|이|가|으로)\\s");

    /** Successors named around "후속" in the context's section (a predecessor named with "X의 후속" is read by SUCCESSOR). */
    private void successorsNamed(String s, Entity context, int line, List<Relation> out) {
        for (Pattern p : List.of(SUCCESSOR_AFTER, SUCCESSORS_BEFORE)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                for (String name : slots.splitList(m.group(1))) {
                    slots.resolve(name, Atlas.Model, line).filter(x -> !x.equals(context) && x.isModelLike() == context.isModelLike())
                            .ifPresent(x -> out.add(new Relation(x, Atlas.improvesOn, context, Emitter.STATED, "successor-named")));
                }
            }
        }
    }

    /**
     * "IPO, KTO, SimPO는 DPO의 어떤 한계를 보완하나?", "DAPO / Dr. GRPO는 GRPO의 어떤 문제를 고쳤나?": each named subject improves on the
     * one whose limitation it fixes (a spaced slash lists the subjects).
     */
    private static final Pattern SUBJECTS_FIX = Pattern.compile(
            "^\\s*" + NAMES + "(?:은|는|이|가)\\s+" + NAME + "의\\s+(?:[^\\s.?]+\\s+){0,3}?(?:한계|문제|단점|약점)\\S*\\s+(?:[^\\s.?]+\\s+)?(?:보완|해결|극복|개선|고쳤|고치|고친|고쳐)");

    void subjectsFix(String s, Entity context, int line, List<Relation> out) {
        Matcher m = SUBJECTS_FIX.matcher(s.contains(" / ") ? s.replace(" / ", ", ") : s);
        if (!m.find()) {
            return;
        }
        Optional<Entity> fixed = slots.lexicon().find(m.group(2)).filter(x -> !x.type().equals(Atlas.Organization));
        for (String name : fixed.isEmpty() ? List.<String>of() : slots.splitList(m.group(1))) {
            slots.lexicon().find(name).or(() -> UseRules.PROPER_SHAPE.matcher(name).find() ? slots.resolve(name, Atlas.Concept, line) : Optional.empty())
                    .filter(x -> !x.equals(fixed.get()) && !x.type().equals(Atlas.Organization) && x.isModelLike() == fixed.get().isModelLike())
                    .ifPresent(x -> out.add(new Relation(x, Atlas.improvesOn, fixed.get(), Emitter.STATED, "fixes-limitation")));
        }
    }

    private Optional<Entity> firstNamed(String text, int line) {
        List<Mention> found = mentions.find(text);
        if (!found.isEmpty()) {
            return Optional.of(found.get(found.size() - 1).entity());
        }
        return slots.resolve(lastPhrase(text), Atlas.Concept, line);
    }
}
