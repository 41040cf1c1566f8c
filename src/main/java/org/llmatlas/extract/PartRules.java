package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.ARROW;
import static org.llmatlas.extract.Clauses.MODEL_KIND;
import static org.llmatlas.extract.Clauses.NAME;
import static org.llmatlas.extract.Clauses.PARENTHESES;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;
import static org.llmatlas.extract.Gates.mayMatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Sentences that name the parts of a whole: "SigLIP + LLaMA-2 구조", "vLLM의 핵심 구성요소임", "VLM 위에 action
 * expert를 붙인 구조", a stage chain "SFT → RM 학습 → PPO의 3단계로 구성됨", and the bold items of an answer
 * to "QLoRA의 세 가지 핵심 구성 요소는?".
 */
final class PartRules {
    /** "vLLM의 핵심 구성요소임", "a core component of SGLang": the system the context is a part of, which uses it. */
    private static final Pattern COMPONENT_OF = Pattern.compile(
            "(?:^|(?<=[\\s,(]))" + NAME + "(?:\\s+(?:파이프라인|pipeline))?의\\s+(?:핵심\\s*|주요\\s*|한\\s*|첫\\s*|마지막\\s*|두\\s*번째\\s*)?(?:구성\\s*요소|모듈|단계|(?i:components?|module|stage))(?:임|이다|입니다|이며|\\s*\\.|\\s*$)"
                    + "|(?i:(?:a|the)\\s+(?:core\\s+|key\\s+|main\\s+)?component\\s+of\\s+)" + NAME + "(?=[\\s,.;]|$)");

    private final SlotNames slots;

    PartRules(SlotNames slots) {
        this.slots = slots;
    }

    /** "DeepSeek-V3는 DeepSeek 계열의 최신 모델임", "Phi-4도 Phi 시리즈에 속함": the clause's model is one of the family's. */
    private static final Pattern MEMBER_OF = Pattern.compile("(?:^|(?<=[.;:]\\s))\\s*" + NAME + "(?:은|는|이|가|도)\\s+(?:[^\\s.]+\\s+)?"
            + "([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*)\\s*(?:계열|시리즈|family)(?:의\\s+(?:[^\\s.]+\\s+){0,2}?모델|에\\s*속)");

    void memberOf(String s, int line, List<Relation> out) {
        Matcher m = MEMBER_OF.matcher(s);
        while (m.find()) {
            Optional<Entity> family = slots.lexicon().find(m.group(2) + " 계열").filter(f -> f.type().equals(Atlas.ModelFamily));
            Optional<Entity> model = family.isEmpty() ? Optional.empty() : slots.resolve(m.group(1), Atlas.Model, line).filter(Entity::isModelLike);
            model.filter(x -> !x.equals(family.get())).ifPresent(x -> {
                if (x.family == null) {
                    slots.lexicon().setFamily(x, family.get());
                }
                out.add(new Relation(x, Atlas.partOf, family.get(), Emitter.STATED, "member-of-family"));
            });
        }
    }

    void componentOf(String s, Entity context, int line, List<Relation> out) {
        if (hasAny(s, "아님", "아니", "않", "not ")) {
            return;
        }
        Matcher m = COMPONENT_OF.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1) != null ? m.group(1) : m.group(2))
                    .filter(x -> !x.equals(context) && !isMeasure(x) && !isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> {
                        out.add(new Relation(context, Atlas.partOf, x, Emitter.STATED, "component-of"));
                        out.add(new Relation(x, Atlas.uses, context, Emitter.STATED, "component-of"));
                    });
        }
    }

    private static final Pattern COMPOSED = Pattern.compile(
            "(?:구성\\s*[:：]\\s*)?([^.:;]*?\\S\\s*\\+\\s*[^.:;]+?)\\s*(?:구조|구성|아키텍처|architecture|조합|\\.|$)");

    static final Pattern COMPOSITION_CUE = Pattern.compile("구조|구성|아키텍처|architecture|조합|결합|파이프라인|pipeline");

    void composed(String s, Entity context, int line, List<Relation> out) {
        // "Automated(Attacker LLM + Target LLM 루프)", "R1(GRPO+RLVR로 …)": a group in parentheses is of the word before them
        Matcher m = COMPOSED.matcher(PARENTHESES.matcher(s).replaceAll(""));
        if (!m.find() || s.contains("기반") || s.contains("=")) {
            return;
        }
        // "DeepSeek-V2에서 가져온 MLA + DeepSeekMoE": the first part is the name right before the plus, past the Korean before it
        List<Part> parts = slots.splitPlus(KOREAN_LEAD.matcher(m.group(1)).replaceFirst("")).stream().map(part -> part(part, line)).flatMap(Optional::stream).toList();
        if (parts.size() < 2 || parts.stream().anyMatch(p -> p.component().equals(context))) {
            return; // a formula or a phrase, not an architecture; or a whole the context is only a part of
        }
        // "A + B 구조", "A + B를 결합", "구성: A + B", a sentence (or a labelled line) that is only "A + B + C":
        // parts of a whole; "A + B로 학습" only names the means
        String clause = s.substring(s.lastIndexOf(':', m.start(1)) + 1);
        boolean whole = COMPOSITION_CUE.matcher(s).find() || !Names.hasHangul(PARENTHESES.matcher(clause).replaceAll(""));
        // "… + Google 검색 근거 제시": a company named in a part is who runs it, not the part
        parts(parts.stream().filter(p -> !p.component().type().equals(Atlas.Organization)).toList(), context,
                whole && !context.type().equals(Atlas.ModelFamily), "composition", out);
    }

    /** "— NFNet-F6 / Perceiver Resampler / Chinchilla", "vision: DINOv2 + SigLIP … / MLP projector / Llama 2": after a dash or a label. */
    private static final Pattern SLASHED = Pattern.compile("(?:\\s[—–]\\s|[:：]\\s)([^—–:：]*?\\S\\s/\\s[^—–:：]+)$");
    /** "2-layer MLP", "1-layer cross-attention adapter": how many layers a part has is no part of its name. */
    private static final Pattern LAYER_COUNT = Pattern.compile("^\\d+[-\\s]?(?i:layers?)\\s+");
    /** "Chinchilla 70B", "InternLM2-20B": a size after a name. */
    private static final Pattern SIZE_AFTER = Pattern.compile("\\s\\d+(?:\\.\\d+)?[BMT]$");
    /** A lower-case term of a few words ("linear projection", "cross-attention adapter"). */
    private static final Pattern TERM_PHRASE = Pattern.compile("\\p{Ll}[\\p{Ll}\\-]+(?:\\s\\p{Ll}[\\p{Ll}\\-]+){0,3}");

    /** A name without the size after it, unless that leaves a family's bare name ("Qwen-7B" stays). */
    private String withoutSize(String name) {
        Matcher m = SIZE_AFTER.matcher(name);
        if (!m.find()) {
            return name;
        }
        String bare = name.substring(0, m.start());
        Optional<Entity> known = slots.lexicon().find(bare);
        return known.isPresent() ? (known.get().type().equals(Atlas.ModelFamily) ? name : bare) : Names.isNameLike(bare) && bare.length() > 2 ? bare : name;
    }

    /** A part's Korean tail ("SigLIP feature를 이어 붙임"): the names stand before it. */
    private static final Pattern KOREAN_TAIL = Pattern.compile("\\s*\\S*\\p{IsHangul}.*$");

    /**
     * "- **Flamingo** (DeepMind, 2022.04) — NFNet-F6 / Perceiver Resampler / Chinchilla 70B": a model's components, one per
     * spaced slash (the vision encoder / the connector / the LLM), each used by the model and part of it; an item may join
     * alternatives ("OPT, FlanT5") or parts ("DINOv2 + SigLIP"). Not editions of the model itself ("Phi-3: Phi-3-mini /
     * Phi-3-small"), nor sizes ("27M / 93M").
     */
    void slashed(String s, Entity context, int line, List<Relation> out) {
        Matcher m = SLASHED.matcher(PARENTHESES.matcher(s).replaceAll("").strip());
        if (!m.find() || !context.type().equals(Atlas.Model)) {
            return; // a technique's or a benchmark's options ("FULL_SHARD / SHARD_GRAD_OP", "MC1 / MC2") are no components
        }
        String stem = Names.key(context.label());
        List<Part> parts = new ArrayList<>();
        int count = 0;
        boolean named = false;
        for (String slot : m.group(1).split("\\s/\\s")) {
            String names = LAYER_COUNT.matcher(KOREAN_TAIL.matcher(slot.strip()).replaceFirst("")).replaceFirst("");
            if (!Names.isNameLike(names) && !TERM_PHRASE.matcher(names).matches() || Names.key(names).startsWith(stem)) {
                return; // "27M / 93M", "Phi-3-mini / Phi-3-small" under Phi-3
            }
            count++;
            named |= Names.isNameLike(names);
            for (String item : slots.splitList(names)) {
                for (String name : slots.splitPlus(item)) {
                    part(withoutSize(name.strip()), line).filter(p -> !p.component().equals(context) && !isMeasure(p.component())).ifPresent(parts::add);
                }
            }
        }
        if (count >= 2 && named) {
            parts(parts, context, true, "slashed-parts", out);
        }
    }

    /**
     * In the bullet of "PPO (RLHF)", "Reward model + PPO로 … 파이프라인": a whole the term is itself a part
     * of is the one its parentheses name, so the parts are parts of that owner.
     */
    List<Relation> composedInOwner(String sentence, Entity term, Entity owner, int line) {
        String s = sentence.replace("`", "").replace("**", "");
        List<Relation> out = new ArrayList<>();
        Matcher m = COMPOSED.matcher(s);
        if (s.indexOf('+') >= 0 && m.find() && slots.splitPlus(m.group(1)).stream().map(part -> part(part, line))
                .flatMap(Optional::stream).anyMatch(p -> p.component().equals(term))) {
            composed(s, owner, line, out);
        }
        return out;
    }

    /**
     * One part of a whole as the text names it: the component, and the technique it is built with when the
     * name says both ("flow matching action expert module": an Action Expert made with Flow Matching).
     */
    record Part(Entity component, Entity technique) {}

    /** "… action expert (module)", "… projection head": a component named by what it is, after the technique it uses. */
    private static final Pattern COMPONENT_HEAD = Pattern.compile("(?i)^((?:[\\p{IsLatin}][\\p{IsLatin}\\-]*\\s+){1,2}(?:expert|head|encoder|decoder|adapter|projector))(?:\\s+module)?$");

    /** What a component is, after the technique it is made of: "adapter", "projector". */
    private static final Pattern HEAD_WORD = Pattern.compile("(?i)(?:expert|head|encoder|decoder|adapter|projector)(?:\\s+module)?");

    /** "ViT-L", "ViT-L/14", "ViT-L/14-336px": one hyphenated proper word naming a variant. */
    private static final Pattern VARIANT_WORD = Pattern.compile("\\p{Lu}[\\p{L}\\d]*(?:-[\\p{L}\\d]+)+(?:/\\d+(?:-[\\p{L}\\d]+)*)?");

    /** "1B/3B", "11B/90B": sizes opening an item. */
    private static final Pattern SIZES = Pattern.compile("\\d+(?:\\.\\d+)?[BMT](?:\\s*/\\s*\\d+(?:\\.\\d+)?[BMT])*\\b");
    /** Words up to the last Korean word before the first part: "DeepSeek-V2에서 가져온 " of "… 가져온 MLA + DeepSeekMoE". */
    private static final Pattern KOREAN_LEAD = Pattern.compile("^[^+]*\\p{IsHangul}\\S*\\s+(?=[\\p{IsLatin}π][^+\\s]*\\s*\\+)");

    /** "6종", "2개", "3가지": a count closing an item. */
    private static final Pattern COUNTED = Pattern.compile("\\d+\\s*(?:종|개|가지)$");

    Optional<Part> part(String item, int line) {
        String s = PARENTHESES.matcher(Lexicon.clean(item)).replaceAll("").strip();
        if (COUNTED.matcher(PARENTHESES.matcher(item).replaceAll("").strip()).find() || SIZES.matcher(s).lookingAt()) {
            return Optional.empty(); // "dense 6종 + MoE 2종", "1B/3B 경량 모델 + 11B/90B Vision 모델": kinds and sizes of models, not parts of one
        }
        Optional<SlotNames.Lead> lead = slots.knownLead(s);
        if (lead.isPresent() && !lead.get().entity().isModelLike()) {
            if (HEAD_WORD.matcher(lead.get().rest()).matches()) {
                // "cross-attention adapter": a component named by the technique it is made of and what it is
                return Optional.of(new Part(slots.lexicon().declare(SlotNames.titleCase(s.toLowerCase(java.util.Locale.ROOT)), Atlas.Concept,
                        Lexicon.RANK_SENTENCE), lead.get().entity()));
            }
            Matcher head = COMPONENT_HEAD.matcher(lead.get().rest());
            if (head.matches()) {
                String name = SlotNames.titleCase(head.group(1).toLowerCase(java.util.Locale.ROOT));
                return Optional.of(new Part(slots.lexicon().declare(name, Atlas.Concept, Lexicon.RANK_SENTENCE), lead.get().entity()));
            }
            if (VARIANT_WORD.matcher(lead.get().rest()).matches() && !MODEL_KIND.matcher(lead.get().rest()).matches()) {
                // "CLIP ViT-L": a named variant of a known thing is a part of its own
                return Optional.of(new Part(slots.lexicon().declare(s, Atlas.Concept, Lexicon.RANK_SENTENCE), null));
            }
        }
        return slots.resolveTerm(item, line).map(c -> new Part(c, null));
    }

    /** The whole uses each part (and the technique a part is built with); with {@code whole}, each part is part of it. */
    static void parts(List<Part> parts, Entity context, boolean whole, String rule, List<Relation> out) {
        for (Part p : parts) {
            out.add(new Relation(context, Atlas.uses, p.component(), Emitter.STATED, rule));
            if (p.technique() != null) {
                out.add(new Relation(context, Atlas.uses, p.technique(), Emitter.STATED, rule));
            }
            if (whole && !p.component().type().equals(Atlas.ModelFamily)) { // a family is a group of models, not a component
                out.add(new Relation(p.component(), Atlas.partOf, context, Emitter.IMPLIED, rule));
            }
        }
    }

    /** "question encoder와 passage encoder, 두 개의 BERT로 이루어진", "X는 A와 B로 구성됨", "A와 B 블록으로 구성.": the names before the verb. */
    private static final Pattern MADE_OF = Pattern.compile(
            "(?:^|[은는]\\s|[:：]\\s)([^.:;]*?)\\s*(?:으로|로)\\s*(?:구성(?:된|됨|되어|되며|돼|(?=\\s*[.,]|\\s*$))|이루어(?:진|짐|져|지며))");
    /** "A와 B", "A, B 및 C": the items of a list of parts. */
    private static final Pattern PART_SPLIT = Pattern.compile("\\s*(?:,|(?<=\\S)(?:와|과)\\s|\\s및\\s)\\s*");
    /** " 블록", " 모듈": the kind of the parts, after the last one. */
    private static final Pattern PART_KIND = Pattern.compile("\\s+(?:블록|모듈|레이어|계층)$");
    /** "두 개의 ", "3개의 ", "세 가지 ": a count before a part. */
    private static final Pattern COUNT = Pattern.compile("^(?:\\S+\\s*(?:개|가지|종)의?\\s+)");

    /**
     * "question encoder와 passage encoder, 두 개의 BERT로 이루어진 bi-encoder임", "X는 A와 B로 구성됨": the context (a question's
     * subject, a keyword) uses each named part, and what is not a model is part of it. Parts written in Korean, or a stage
     * chain (read by {@link #stagesOf}), are not read here.
     */
    void madeOf(String s, Entity context, int line, List<Relation> out) {
        Matcher m = MADE_OF.matcher(PARENTHESES.matcher(s).replaceAll(""));
        if (!m.find() || Clauses.hasArrow(m.group(1))) {
            return;
        }
        List<Part> parts = new ArrayList<>();
        for (String item : PART_SPLIT.split(m.group(1).strip())) {
            // "channel-mixing 블록으로 구성": the kind of part the names share is read past
            String name = PART_KIND.matcher(COUNT.matcher(item.strip()).replaceFirst("").strip()).replaceFirst("");
            if (name.isEmpty() || Names.hasHangul(name) || !Names.startsLatinOrGreek(name) || UseRules.isStep(name)) {
                continue;
            }
            part(name, line).filter(p -> !p.component().equals(context) && !isMeasure(p.component())).ifPresent(parts::add);
        }
        for (Part p : parts) {
            out.add(new Relation(context, Atlas.uses, p.component(), Emitter.STATED, "made-of"));
            if (!p.component().isModelLike() && !context.type().equals(Atlas.ModelFamily)) {
                out.add(new Relation(p.component(), Atlas.partOf, context, Emitter.IMPLIED, "made-of"));
            }
        }
    }

    /** "SFT → Reward Model 학습 → PPO 최적화의 3단계로 구성됨": each stage of the chain is part of the context, which uses it. */
    /** "2단계: SL-CAI (…) → RL-CAI (…)": a label counting the stages, then the chain of them. */
    static final Pattern STAGE_COUNT_LABEL = Pattern.compile("\\d\\s*단계\\s*[:：]");

    void stagesOf(String s, Entity context, int line, List<Relation> out) {
        // the notes in parentheses may hold arrows of their own ("SL-CAI (critique → revision → SFT)"), and a label is no stage
        String chain = PARENTHESES.matcher(s).replaceAll("");
        Matcher label = STAGE_COUNT_LABEL.matcher(chain);
        for (String item : ARROW.split(label.find() ? chain.substring(label.end()) : chain)) {
            slots.resolveTerm(PARENTHESES.matcher(item).replaceAll("").strip(), line)
                    .filter(x -> !x.equals(context) && !x.isModelLike() && !isMeasure(x)).ifPresent(x -> {
                        out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "stage-chain"));
                        out.add(new Relation(x, Atlas.partOf, context, Emitter.STATED, "stage-chain"));
                    });
        }
    }

    /** "VLM 위에 action generation module을 추가한 구조": the base and what is added are parts of the context. */
    private static final Pattern ON_TOP = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*위에\\s+(?:\\d+(?:\\.\\d+)?[KMBT]?\\s*(?:규모|급)?(?:의)?\\s+)?([\\p{IsLatin}][^,.()]*?)(?:을|를)\\s*(?:추가|얹|붙|올)");

    void onTop(String s, Entity context, int line, List<Relation> out) {
        // "PaliGemma(3B) VLM 위에 300M 규모 action expert를 붙인 구조": sizes in parentheses and before the part say nothing
        Matcher m = ON_TOP.matcher(PARENTHESES.matcher(s).replaceAll(""));
        while (m.find()) {
            List<Part> parts = List.of(m.group(1), m.group(2)).stream().map(x -> part(x, line)).flatMap(Optional::stream).toList();
            if (parts.size() == 2 && parts.stream().noneMatch(p -> p.component().equals(context))) {
                parts(parts, context, true, "built-on-top", out);
            }
        }
    }

    /** "LLM pipeline에서: pretraining(…) → SFT(…) → alignment(…)": each stage of the arrow chain is part of the named pipeline. */
    private static final Pattern PIPELINE = Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d\\-]+){0,2}?)\\s+(?:pipeline|Pipeline|파이프라인)(?:에서|의|은|는)?\\s*[:：]\\s*([^:：]+)");

    void pipelineStages(String s, int line, List<Relation> out) {
        Matcher m = PIPELINE.matcher(s);
        while (m.find()) {
            String[] stages = ARROW.split(m.group(2));
            if (stages.length < 2) {
                continue;
            }
            Entity pipeline = slots.lexicon().declare(SlotNames.titleCase(m.group(1)) + " Pipeline", Atlas.Concept, Lexicon.RANK_SENTENCE);
            for (String stage : stages) {
                slots.resolveTerm(PARENTHESES.matcher(stage).replaceAll("").strip(), line).filter(x -> !x.equals(pipeline) && !x.isModelLike())
                        .ifPresent(x -> out.add(new Relation(x, Atlas.partOf, pipeline, Emitter.STATED, "pipeline-stage")));
            }
        }
    }

    /** "QLoRA의 세 가지 핵심 구성 요소", "Constitutional AI의 두 단계 과정", "π0의 dual-network 구조": a question asking for parts. */
    static final Pattern PARTS_ASKED = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*(?:[(（][^()（）]*[)）])?의\\s+(?:[^\\s?]+\\s+){0,3}?(?:구성\\s*요소|구성|단계|구조|components?|stages?)");

    /** The whole a question asks the parts of, or empty. */
    Optional<Entity> partsAskedOf(String question, int line) {
        Matcher m = PARTS_ASKED.matcher(question);
        return mayMatch(PARTS_ASKED, question) && m.find() ? slots.resolve(m.group(1), Atlas.Concept, line).filter(e -> !e.type().equals(Atlas.Organization)) : Optional.empty();
    }

    /**
     * An answer's bold item under a question that asks for the parts of {@code whole} ("QLoRA의 세 가지 핵심
     * 구성 요소", "Constitutional AI의 두 단계"): the item ("**NF4**", "**Stage 1 — SL-CAI**") is part of it.
     */
    List<Relation> answerPart(String item, Entity whole, int line) {
        String stage = Layout.stageName(item);
        List<Relation> out = new ArrayList<>();
        Optional<Part> part = part(stage != null ? stage : item, line).filter(p -> !p.component().equals(whole));
        if (stage != null) {
            // a stage is a step of the process, not something the process uses
            part.ifPresent(p -> out.add(new Relation(p.component(), Atlas.partOf, whole, Emitter.IMPLIED, "answer-stage")));
        } else {
            part.ifPresent(p -> parts(List.of(p), whole, true, "answer-part", out));
        }
        return out;
    }
}
