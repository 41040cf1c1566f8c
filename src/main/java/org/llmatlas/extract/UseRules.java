package org.llmatlas.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * How parentheses and a few sentence shapes state {@code uses} in these notes, beside the clause
 * patterns of {@link UserClauses} and {@link ObjectClauses}:
 *
 * <ul>
 *   <li>the text the object patterns read: a Korean word glossed in English is the English name
 *       ({@code 다수결(majority vote)로} → {@code majority vote로}), other parentheses are asides
 *       ({@code frame sampling(uniform, fps-based), temporal pooling(…)으로} → a plain list);</li>
 *   <li>the specific name given in parentheses after a name ({@code prefix caching(RadixAttention)});</li>
 *   <li>a technique followed by the models that use it, in any sentence ({@code Hybrid architecture(Jamba, Zamba)의 …});</li>
 *   <li>the place a method is used, opening its definition ({@code RLHF에서 policy가 … 제약하는 방법}).</li>
 * </ul>
 */
final class UseRules {
    private static final Pattern GLOSS = Pattern.compile("\\p{IsHangul}+[(（]([\\p{IsLatin}][\\p{IsLatin}\\d\\- ]*)[)）]");
    private static final Pattern PARENTHESES = Pattern.compile("\\s*[(（][^()（）]*[)）]");
    /** A name followed by parentheses: "Hybrid architecture(Jamba, Zamba)", "Q-Former (BLIP-2)". */
    static final Pattern NAME_THEN_PARENS = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()（）\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()（）\\p{IsHangul}]*){0,3})\\s*[(（]([^()（）]+)[)）]");
    /** A phrase headed by a method noun: "prefix caching", "hybrid reasoning". */
    static final Pattern METHOD_PHRASE = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\-]*\\s(?:[\\p{IsLatin}\\-]+\\s)*[\\p{IsLatin}\\-]+ing");
    /** A proper name's shape: two capitals or a digit ("RadixAttention", not "verifiable reward"). */
    static final Pattern PROPER_SHAPE = Pattern.compile("\\p{Lu}.*\\p{Lu}|\\d");
    /** "RLHF에서 policy가 … 제약하는 방법", "Decoder-only LM에서 … 마스킹하는 방법": where the context is used. */
    private static final Pattern USED_WHERE = Pattern.compile(
            "^\\s*([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)에서\\s[^.]*\\S는\\s+(?:방법|기법|메커니즘)(?:임|이다)?\\.?$");

    /** "Stage 1", "Step 2", "Phase 3": a step of the method, a part of it rather than something it uses. */
    private static final Pattern STEP = Pattern.compile("(?i)(?:stage|step|phase)\\s*\\d+[a-z]?");

    /** "f(x) = … g(…) …": a formula; the functions its right side calls are what the formula's subject uses. */
    private static final Pattern CALL = Pattern.compile("(?<![\\p{L}\\d_])(\\p{IsLatin}[\\p{IsLatin}\\d\\-]*)\\(");
    private static final Pattern MATH_WORD = Pattern.compile("(?i)log|exp|max|min|mean|std|sum|var|sqrt|argmax|argmin|sim|cos|sin|f|g|h|l|e|p|q|r|w|x|y|z");
    /** "Quantized LoRA": qualifying words before a name with two capitals, the technique the long name builds on. */
    private static final Pattern QUALIFIED = Pattern.compile("(?:\\p{IsLatin}[\\p{IsLatin}\\-]*\\s+)+(\\p{IsLatin}*\\p{Lu}\\p{IsLatin}*\\p{Lu}[\\p{IsLatin}\\d\\-]*)");
    /** "perplexity-based", "rule-based": built on the named thing. */
    private static final Pattern X_BASED = Pattern.compile("([\\p{IsLatin}][\\p{IsLatin}\\d]*(?:\\s[\\p{IsLatin}][\\p{IsLatin}\\d]*)?)-based\\b");
    /** "기존 VLM(PaLI-X 55B, PaLM-E 562B) backbone 재사용": the models standing for a kind are what is used. */
    private static final Pattern KIND_EXAMPLES_USED = Pattern.compile(
            "(?:VLM|LLM|MLLM|model|모델)\\s*[(（]([^()（）]+)[)）]\\s*(?:backbone|encoder|decoder|vision encoder)?\\s*(?:을|를)?\\s*(?:재사용|사용|채택|활용)");
    private static final Pattern SIZE_AFTER = Pattern.compile("(?i)\\s+\\d+(?:\\.\\d+)?[kmbt]$");
    /** "PaLI-X 또는 PaLM-E VLM에 robot action token을 vocabulary에 추가": the models something is added to. */
    private static final Pattern ADDED_TO_MODELS = Pattern.compile(
            "((?:[\\p{IsLatin}][^\\s,()\\p{IsHangul}]*\\s*(?:,|\\s또는)\\s*)*[\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)\\s*(?:VLM|LLM|MLLM|모델)?에\\s+"
                    + "(?:[^\\s.]+\\s+){0,3}?[^\\s.]+(?:을|를)\\s+(?:[^\\s.]+에\\s+)?(?:추가|결합)");

    /** "PPO는 policy, reference, reward, value model 4개가 동시에 필요함": what the subject needs. */
    private static final Pattern NEEDS = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)(?:은|는)\\s+((?:[\\p{IsLatin}][\\p{IsLatin}\\-]*\\s*,\\s*)+[\\p{IsLatin}][\\p{IsLatin}\\-]*(?:\\s[\\p{IsLatin}]+)?)\\s*(?:\\d+개)?(?:가|이)\\s+(?:동시에\\s+|모두\\s+)?필요");
    /** "SFT에서는 assistant 응답 token에만 loss를 계산함(loss masking).": the technique a sentence explains, in what. */
    private static final Pattern EXPLAINED_IN = Pattern.compile(
            "^\\s*([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)에서는?\\s[^()]*[(（]([\\p{IsLatin}][\\p{IsLatin}\\-\\s]*)[)）]\\.?$");

    /** A generic name standing for any function of its kind: "Activation(xW₁)", "Norm(x)". */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)activation|function|layer|norm|linear|attention|loss|model|score");
    /** "Stanford Alpaca(GPT-3로 52K 생성)": a name whose parentheses open with what it was made with. */
    static final Pattern MADE_WITH = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()（）\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()（）\\p{IsHangul}]*){0,2})[(（]\\s*([\\p{IsLatin}][^\\s,()（）\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()（）\\p{IsHangul}]*){0,2}?)(?:으로|로)\\s[^()（）]*[)）]");
    /** "MLP projector + AnyRes 조합이 … LLaVA-NeXT, InternVL 등 주류": a combination and the models that use it. */
    private static final Pattern COMBINATION_USERS = Pattern.compile(
            "([^.:;]*\\+[^.:;]*?)\\s*(?:조합|구성|구조)(?:이|은|는)\\s+([^.;]+?)\\s*등(?:이|의)?\\s*(?:주류|표준|채택|사용)");
    /** "GPT-4V는 late fusion VLM": a model said to be a kind of model built on a known technique. */
    private static final Pattern KIND_BUILT_ON = Pattern.compile(
            "(?:^|(?<=[.,:;]\\s))([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)(?:은|는)\\s+([\\p{IsLatin}][\\p{IsLatin}\\d\\- ]*?)\\s+(?:VLM|LLM|VLA|MLLM|model|모델)(?=[\\s,.]|$)");

    private static final Pattern SIZE_OR_YEAR_END = Pattern.compile("(?i).*\\d+\\s*[kmbt]$|.*\\b(?:19|20)\\d{2}$");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}{3,}");

    private final SlotNames slots;

    UseRules(SlotNames slots) {
        this.slots = slots;
    }

    /** The text the object patterns read: English glosses in place of their Korean words, other parentheses dropped. */
    static String objectText(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('（') < 0) {
            return s;
        }
        return PARENTHESES.matcher(GLOSS.matcher(s).replaceAll("$1")).replaceAll("");
    }

    static boolean isStep(String name) {
        return STEP.matcher(name.strip()).matches();
    }

    /** "prefix caching(RadixAttention)": the proper name the parentheses right after {@code name} give, if any. */
    static Optional<String> specificName(String s, String name) {
        int at = s.indexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        Matcher m = NAME_THEN_PARENS.matcher(s).region(at, s.length());
        if (!m.lookingAt() || !m.group(1).equals(name)) {
            return Optional.empty();
        }
        String inner = m.group(2).strip();
        boolean one = !inner.contains(",") && !Names.hasHangul(inner) && Names.startsLatinOrGreek(inner);
        return one && (PROPER_SHAPE.matcher(inner).find() || METHOD_PHRASE.matcher(inner).matches()) && !SIZE_OR_YEAR_END.matcher(inner).matches()
                ? Optional.of(inner) : Optional.empty();
    }

    /** A name ending on its version number: "RWKV-6", "FlashAttention-2". */
    private static final Pattern VERSION_END = Pattern.compile("\\p{IsLatin}[-\\s]?v?\\d+(?:\\.\\d+)*$");

    /** An author and a year ("Shazeer, 2019", "Vaswani et al. 2017"): a citation, not the models that use a technique. */
    private static final Pattern CITATION = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\-']+(?:\\s+(?:et\\s+al\\.?|&\\s+\\p{Lu}[\\p{IsLatin}\\-']+))?,?\\s*(?:19|20)\\d\\d");

    /** "Hybrid architecture(Jamba, Zamba)의 …", "| Q-Former (BLIP-2) |": the models in a technique's parentheses use it. */
    void exampleModels(String s, int line, List<Relation> out) {
        Matcher m = NAME_THEN_PARENS.matcher(s);
        for (int from = 0; CueScan.NAME_THEN_PARENTHESIS.find(m, s, from); from = m.end()) {
            String head = m.group(1);
            Optional<Entity> technique = slots.lexicon().find(head);
            if (technique.isEmpty() || technique.get().isModelLike() || Clauses.isModelKind(technique.get())
                    || technique.get().type().equals(Atlas.Organization) // "VLM(PaLI-X, PaLM-E)": instances of a kind
                    || VERSION_END.matcher(head).find() && m.group(2).indexOf(',') < 0 // "RWKV-6(Finch)": its other name
                    || CITATION.matcher(m.group(2).strip()).matches()) { // "MQA (Shazeer, 2019)": who wrote it and when
                continue;
            }
            for (Entity model : slots.exampleModels(m.group(2), technique.get())) {
                out.add(new Relation(model, Atlas.uses, technique.get(), Emitter.STATED, "technique-example-models"));
            }
        }
    }

    /**
     * "SwiGLU(x) = (W₁x) ⊙ Swish(W₃x)", "Attention(Q,K,V) = softmax(QKᵀ/√d)·V": the context uses the functions the
     * right side calls; a capitalised one not yet known ("Swish") is named by the formula.
     */
    void formula(String s, Entity context, int line, List<Relation> out) {
        int eq = s.indexOf('=');
        if (eq < 0) {
            return;
        }
        String left = s.substring(0, eq);
        Matcher m = CALL.matcher(s).region(eq, s.length());
        while (m.find()) {
            String f = m.group(1);
            if (MATH_WORD.matcher(f).matches() || PLACEHOLDER.matcher(f).matches() || left.contains(f + "(")
                    || Names.key(context.label()).startsWith(Names.key(f))) {
                continue;
            }
            slots.lexicon().find(f).or(() -> CAPITALISED_WORD.matcher(f).matches() ? Optional.of(slots.lexicon().declare(f, Atlas.Concept, Lexicon.RANK_SENTENCE)) : Optional.empty())
                    .filter(x -> !x.equals(context) && !x.isModelLike())
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "formula-calls")));
        }
    }

    /** "Stanford Alpaca(GPT-3로 52K 생성), WizardLM(Evol-Instruct로 …)": each named thing uses what its parentheses name first. */
    void madeWith(String s, int line, List<Relation> out) {
        Matcher m = MADE_WITH.matcher(s);
        for (int from = 0; CueScan.NAME_THEN_PARENTHESIS.find(m, s, from); from = m.end()) {
            Optional<Entity> maker = slots.lexicon().find(m.group(1)).filter(e -> !e.type().equals(Atlas.Organization));
            if (maker.isEmpty()) {
                continue;
            }
            slots.resolveTerm(m.group(2), line).filter(x -> !x.equals(maker.get()))
                    .ifPresent(x -> out.add(new Relation(maker.get(), Atlas.uses, x, Emitter.STATED, "made-with")));
        }
    }

    /** "A + B 조합이 … X, Y 등 주류": X and Y use A and B. */
    void combinationUsers(String s, int line, List<Relation> out) {
        Matcher m = COMBINATION_USERS.matcher(s);
        while (m.find()) {
            List<Entity> parts = slots.splitPlus(m.group(1).replaceFirst("^.*:\\s*", "")).stream()
                    .map(part -> slots.resolveTerm(part, line)).flatMap(Optional::stream).toList();
            List<String> names = slots.splitList(m.group(2)).stream().map(UseRules::lastNameOf).toList();
            for (Entity user : slots.resolveModels(names, line)) {
                parts.stream().filter(x -> !x.equals(user))
                        .forEach(x -> out.add(new Relation(user, Atlas.uses, x, Emitter.STATED, "combination-users")));
            }
        }
    }

    /** "GPT-4V는 late fusion VLM": the model uses the known technique it is said to be built on. */
    void kindBuiltOn(String s, int line, List<Relation> out) {
        Matcher m = KIND_BUILT_ON.matcher(s);
        while (m.find()) {
            Optional<Entity> model = slots.lexicon().find(m.group(1)).filter(Entity::isModelLike);
            Optional<Entity> technique = slots.lexicon().find(m.group(2)).filter(x -> !x.isModelLike());
            if (model.isPresent() && technique.isPresent()) {
                out.add(new Relation(model.get(), Atlas.uses, technique.get(), Emitter.STATED, "kind-built-on"));
            }
        }
    }

    /** "Quantized LoRA" → "LoRA": the name a long name qualifies, if it is one with two capitals. */
    static Optional<String> qualifiedName(String longName) {
        Matcher m = QUALIFIED.matcher(longName.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** "perplexity-based(저품질 제거)": the context is built on the known thing named before "-based". */
    void basedOnHyphen(String s, Entity context, List<Relation> out) {
        Matcher m = X_BASED.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(x -> !x.equals(context) && !x.isModelLike())
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "x-based")));
        }
    }

    /** "기존 VLM(PaLI-X 55B, PaLM-E 562B) backbone 재사용": the context uses the models named for the kind. */
    void kindExamplesUsed(String s, Entity context, int line, List<Relation> out) {
        Matcher m = KIND_EXAMPLES_USED.matcher(s);
        while (m.find()) {
            List<String> names = slots.splitList(m.group(1)).stream().map(n -> SIZE_AFTER.matcher(n).replaceAll("")).toList();
            slots.resolveModels(names, line).stream().filter(x -> !x.equals(context) && x.isModelLike())
                    .forEach(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "kind-examples-used")));
        }
    }

    /** "PPO는 policy, reference, reward, value model 4개가 필요함": each item, with the head noun the list shares. */
    void needs(String s, int line, List<Relation> out) {
        Matcher m = NEEDS.matcher(s);
        while (m.find()) {
            Optional<Entity> subject = slots.lexicon().find(m.group(1)).filter(e -> !e.type().equals(Atlas.Organization));
            if (subject.isEmpty()) {
                continue;
            }
            List<String> items = slots.splitList(m.group(2));
            String last = items.get(items.size() - 1);
            String head = last.contains(" ") ? last.substring(last.lastIndexOf(' ')) : "";
            for (String item : items) {
                // the item written in full ("value model") names a thing; the others ("policy") only if known with the head
                Optional<Entity> needed = item.contains(" ") ? slots.resolveTerm(item, line) : slots.lexicon().find(item + head);
                needed.filter(y -> !y.equals(subject.get()))
                        .ifPresent(x -> out.add(new Relation(subject.get(), Atlas.uses, x, Emitter.STATED, "needs")));
            }
        }
    }

    /** "PaLI-X 또는 PaLM-E VLM에 … 추가하고": the context is built on the known models named. */
    void addedToModels(String text, Entity context, List<Relation> out) {
        Matcher m = ADDED_TO_MODELS.matcher(text);
        while (m.find()) {
            for (String name : m.group(1).split("\\s*(?:,|\\s또는)\\s*")) {
                slots.lexicon().find(name).filter(x -> x.isModelLike() && !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "added-to-models")));
            }
        }
    }

    /** "SFT에서는 … 계산함(loss masking).": the glossed technique is used in what the sentence opens with. */
    void explainedIn(String s, int line, List<Relation> out) {
        Matcher m = EXPLAINED_IN.matcher(s);
        if (m.find()) {
            Optional<Entity> where = slots.lexicon().find(m.group(1));
            Optional<Entity> what = slots.resolveTerm(m.group(2).strip(), line);
            if (where.isPresent() && what.isPresent() && !where.equals(what)) {
                out.add(new Relation(where.get(), Atlas.uses, what.get(), Emitter.STATED, "explained-in"));
            }
        }
    }

    /** A lineage or a ranking, not a process: "순으로 발전", "진화", "후속", "버전". */
    private static final Pattern LINEAGE_WORDS = Pattern.compile("발전|진화|후속|계보|변천|버전|세대|순으로|순서로");

    /** "… 판단(RLAIF)", "reward model 학습", "쌍으로 SFT": a step that ends on a name (or a gloss), with a verb noun or none. */
    private static final Pattern STEP_ENDS_ON_NAME = Pattern.compile(
            "(?:[(（]([\\p{IsLatin}][^()（）,\\p{IsHangul}]*)[)）]|(?<![\\p{IsLatin}\\d\\-])([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}][\\p{IsLatin}\\d\\-]*){0,2}))"
                    + "\\s*(?:진행|수행|학습|적용|실행)?(?:함|됨)?\\s*\\.?$");

    /**
     * "응답 생성 → 자기 비판 → … 쌍으로 SFT", "판단(RLAIF) → reward model 학습 → RLHF 진행": a process written as
     * an arrow chain of Korean clauses uses the techniques its steps end on. A step that is only a name (a data
     * flow "입력 → Vision Encoder → LLM", a lineage "A → B") is not a clause and is left to the other rules.
     */
    void processSteps(String s, Entity context, int line, List<Relation> out) {
        // after a label ("기존 VLM: A → B → C"); a comma outside parentheses ends one chain ("A → x, B → y")
        for (String chain : Clauses.topLevelCommaSplit(s.substring(s.lastIndexOf(": ") + 1))) {
            String[] steps = chain.split("\\s*(?:→|->|⇒)\\s*");
            if (steps.length >= 3) {
                steps(steps, context, line, out);
            }
        }
    }

    private void steps(String[] steps, Entity context, int line, List<Relation> out) {
        // "SFT → RM 학습 → PPO": beside a step that is a clause, a step that is a name alone is a step of the process too
        // (not in a lineage: "MHA → MQA → GQA 순으로 발전함")
        boolean clauses = false;
        for (String step : steps) {
            clauses |= Names.hasHangul(PARENTHESES.matcher(step).replaceAll("")) && STEP_ENDS_ON_NAME.matcher(step.strip()).find();
        }
        boolean namesToo = clauses && !LINEAGE_WORDS.matcher(String.join(" ", steps)).find();
        for (String step : steps) {
            String clause = PARENTHESES.matcher(step).replaceAll("");
            Matcher m = STEP_ENDS_ON_NAME.matcher(step.strip());
            if (!Names.hasHangul(clause) && !(namesToo && slots.lexicon().find(clause.strip()).filter(x -> !x.isModelLike()).isPresent()) || !m.find()) {
                continue;
            }
            String name = m.group(1) != null ? m.group(1).strip() : m.group(2);
            Optional<Entity> used = m.group(1) != null || name.contains(" ") ? slots.resolveTerm(name, line) : slots.resolve(name, Atlas.Concept, line);
            used.filter(x -> !x.equals(context) && !x.isModelLike() && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "process-step")));
        }
    }

    /** "GPT-4V 생성 고품질 instruction data", "GPT-4가 생성한 데이터", "GPT-4o가 만든 합성 데이터", "R1이 생성한 80만 개 추론 샘플", "o3-mini가 생성한 reasoning trace": data a model generated. */
    private static final Pattern GENERATED_DATA = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])([\\p{IsLatin}][\\p{IsLatin}\\d\\-.]*(?:\\s\\d[\\p{IsLatin}\\d.]*)?)(?:이|가|로|으로)?\\s*(?:생성(?:한|된)?|만든)\\s*(?:[^\\s.,]+\\s+){0,3}?(?:data|데이터|dataset|샘플|samples?|traces?|응답|responses?)(?![\\p{IsLatin}])");

    /** "GPT-4V 생성 고품질 instruction data": what is trained on a model's generated data uses that model. */
    void generatedData(String s, Entity context, List<Relation> out) {
        Matcher m = GENERATED_DATA.matcher(s);
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(x -> x.isModelLike() && !x.equals(context))
                    .ifPresent(x -> out.add(new Relation(context, Atlas.uses, x, Emitter.STATED, "generated-data")));
        }
    }

    /** "Action tokenization: RT-2와 동일한 discrete autoregressive 방식": an aspect labelled, then the manner of it. */
    private static final Pattern LABELLED_MANNER = Pattern.compile(
            "^\\s*([\\p{IsLatin}][\\p{IsLatin}\\-]*(?:\\s[\\p{IsLatin}][\\p{IsLatin}\\-]*){0,2})\\s*[:：]\\s*"
                    + "(?:([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)(?:와|과)\\s+(?:동일한|같은)\\s+)?((?:[\\p{IsLatin}][\\p{IsLatin}\\-]*\\s+){1,3})방식");

    /**
     * "Action tokenization: RT-2와 동일한 discrete autoregressive 방식": the manner's words before the labelled aspect
     * name a known technique ("discrete … action tokenization" → Discrete Action Tokenization); the context uses it,
     * and so does the model it is said to share it with.
     */
    void labelledManner(String s, Entity context, int line, List<Relation> out) {
        Matcher m = LABELLED_MANNER.matcher(s);
        if (!m.find()) {
            return;
        }
        Optional<Entity> technique = slots.knownVariant(m.group(3).strip() + " " + m.group(1).toLowerCase(java.util.Locale.ROOT))
                .filter(x -> !x.isModelLike() && !x.equals(context));
        if (technique.isEmpty()) {
            return;
        }
        out.add(new Relation(context, Atlas.uses, technique.get(), Emitter.STATED, "labelled-manner"));
        if (m.group(2) != null) {
            slots.lexicon().find(m.group(2)).filter(x -> x.isModelLike() && !x.equals(context))
                    .ifPresent(x -> out.add(new Relation(x, Atlas.uses, technique.get(), Emitter.STATED, "same-manner-as")));
        }
    }

    /** The English words a list item ends with: "성능·효율 균형으로 LLaVA-NeXT" → "LLaVA-NeXT". */
    private static String lastNameOf(String item) {
        String[] words = item.strip().split("\\s+");
        int start = words.length;
        while (start > 0 && Names.startsLatinOrGreek(words[start - 1]) && !Names.hasHangul(words[start - 1])) {
            start--;
        }
        return start == words.length ? item.strip() : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /** "RLHF에서 … 제약하는 방법" said of the context: what it is used in uses it. */
    void usedWhere(String s, Entity context, int line, List<Relation> out) {
        Matcher m = USED_WHERE.matcher(s);
        if (m.find()) {
            slots.resolve(m.group(1), Atlas.Concept, line).filter(x -> !x.equals(context) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> out.add(new Relation(x, Atlas.uses, context, Emitter.STATED, "used-where")));
        }
    }
}
