package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.NAME;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * The model a model is built from, as model surveys say it: trained further from it ("GPT-3를 GitHub 코드로 추가 학습한
 * 모델", "Qwen2.5, Llama 3 소형 모델을 SFT만 해서 만듦"), trained on from its checkpoint ("DeepSeek-V2 checkpoint에서 이어
 * 학습"), with training applied to it ("Qwen2.5-32B에 outcome 기반 RL을 적용함", "Phi-4-reasoning에 RL을 더 돌린 버전") or
 * put on top of it ("DeepSeek-V3-Base 위에 RL을 얹은"). The clause's own subject, else the context, uses the base. Only
 * models count as bases (a technique trained is not one), and a sentence that names the context as the means
 * ("LLaMA-7B를 LoRA로 fine-tuning함" in LoRA's bullet) says the base uses the context instead, which other rules read.
 */
final class BaseModels {
    private static final String TRAIN = "(?:추가\\s*|이어\\s*|계속\\s*|다시\\s*)?(?:사전\\s*)?(?:학습|fine-tuning|파인튜닝|미세\\s*조정|SFT|증류|distillation)";
    /** "GPT-3를 GitHub 코드 159GB로 추가 학습한", "Phi-4를 … reasoning trace로 SFT함", "A, B 소형 모델을 SFT만 해서". */
    static final Pattern TRAINED_FROM = Pattern.compile("(?:^|(?<=[\\s,(]))" + NAMES
            + "\\s*(?:소형\\s*|대형\\s*|base\\s*)?(?:모델|checkpoint|체크포인트)?(?:을|를)\\s+(?:[^\\s.]+\\s+){0,5}?" + TRAIN
            + "(?:만)?\\s*(?:함|한|하고|하여|해서|해|했|하였|시킴|시킨|시켜|으로|로|\\s*\\.|$)");
    /** "DeepSeek-V2 checkpoint에서 이어 학습한". */
    static final Pattern FROM_CHECKPOINT = Pattern.compile(NAME + "\\s*(?:checkpoint|체크포인트)에서\\s+(?:[^\\s.]+\\s+){0,2}?" + TRAIN);
    /** "Qwen2.5-32B에 outcome 기반 RL을 대규모로 적용함", "Phi-4-reasoning에 … RL을 짧게 더 돌린", "X 위에 RL을 얹은". */
    static final Pattern TRAINING_ON = Pattern.compile("(?:^|(?<=[\\s,(:]))" + NAME
            + "(?:에|\\s+위에)\\s+(?:[^\\s.]+\\s+){0,4}?(?:RL|SFT|RLHF|DPO|GRPO|PPO|학습|fine-tuning|강화학습)(?:을|를)?\\s+(?:[^\\s.]+\\s+){0,2}?"
            + "(?:적용|돌린|돌림|돌려|얹은|얹어|얹음|수행)");

    private final SlotNames slots;
    private final ObjectClauses objectClauses;

    BaseModels(SlotNames slots, ObjectClauses objectClauses) {
        this.slots = slots;
        this.objectClauses = objectClauses;
    }

    /**
     * A cheap necessary condition: a training verb, and a name with a version or size in it ("GPT-3", "Qwen2.5-32B"), as
     * the bases these sentences name have (most sentences with "학습" name none), or an object right before the training verb.
     */
    static boolean mayState(String s) {
        // "ShareGPT 대화 70K로 LLaMA를 파인튜닝한": a known model without a version, as the object right before the verb
        return trainingWord(s) && (versionedToken(s) || objectTrained(s));
    }

    private static final List<String> TRAINED_OBJECT = List.of("를 학습", "을 학습", "를 파인튜닝", "을 파인튜닝", "를 fine-tuning",
            "을 fine-tuning", "를 SFT", "을 SFT", "를 추가 학습", "을 추가 학습", "를 증류", "을 증류");

    private static boolean objectTrained(String s) {
        for (String t : TRAINED_OBJECT) {
            if (s.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** A training verb (the gate of {@link #TRAINED_FROM}). */
    static boolean trainingWord(String s) {
        return hasAny(s, "학습", "fine-tuning", "파인튜닝", "조정", "SFT", "증류", "distillation", "적용", "돌린", "돌림", "돌려", "얹");
    }

    /** A Latin letter, or a hyphen or space after one, right before a digit ("GPT-3", "Qwen2.5", "Llama 2"). */
    private static boolean versionedToken(String s) {
        for (int i = 1; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                char b = s.charAt(i - 1);
                char bb = i >= 2 ? s.charAt(i - 2) : ' ';
                if (isLatin(b) || (b == '-' || b == ' ') && isLatin(bb)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isLatin(char c) {
        return c < 128 ? Character.isLetter(c) : Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    void bases(String s, Entity context, int line, List<Relation> out) {
        if (context == null || isMeasure(context) || isModelKind(context)) {
            return;
        }
        for (Pattern p : List.of(TRAINED_FROM, FROM_CHECKPOINT, TRAINING_ON)) {
            Matcher m = p.matcher(s);
            while (Gates.mayMatch(p, s) && m.find()) {
                if (namesContextAsMeans(s, context)) {
                    return;
                }
                Entity subject = objectClauses.clauseSubject(s, m.start(), context);
                for (String name : slots.splitList(m.group(1))) {
                    base(name, line).filter(b -> !b.equals(subject) && !b.equals(context))
                            .ifPresent(b -> out.add(new Relation(subject, Atlas.uses, b, Emitter.STATED, "trained-from")));
                }
            }
        }
    }

    /** A known model, or a proper name with a version or size ("Qwen2.5-32B-Instruct"), as a base (see {@link #mayState}). */
    private Optional<Entity> base(String name, int line) {
        Optional<Entity> known = slots.lexicon().find(name).or(() -> slots.lexicon().find(Names.stripSize(name)))
                // "Qwen2.5-32B", "Qwen2.5-32B-Instruct": a known model at one size (and its chat edition) is that model
                .or(() -> slots.lexicon().find(SIZED.matcher(name).replaceFirst("")).filter(Entity::isModelLike));
        if (known.isPresent()) {
            return known.filter(Entity::isModelLike);
        }
        // "Heron-2-14B" before anything named Heron-2: the model, not one of its sizes
        // "Nemotron-4 15B를 pruning한": the model, its size apart
        String stem = SIZED.matcher(Names.stripSize(name)).replaceFirst("");
        String model = DIGIT.matcher(stem).find() ? stem : name;
        return DIGIT.matcher(model).find() && Names.isNameLike(model) ? slots.resolve(model, Atlas.Model, line).filter(Entity::isModelLike) : Optional.empty();
    }

    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SIZED = Pattern.compile("-\\d+(?:\\.\\d+)?[BbMm](?:-(?:Instruct|Chat|Base|it))?$");

    /** "LoRA로", "QLoRA를 써서": the context named as the means of the training. */
    private static boolean namesContextAsMeans(String s, Entity context) {
        String label = context.label();
        int at = s.indexOf(label);
        return at >= 0 && s.startsWith("로", at + label.length()) || at >= 0 && s.startsWith("으로", at + label.length());
    }
}
