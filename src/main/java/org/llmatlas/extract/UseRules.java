package org.llmatlas.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * How parentheses and a few sentence shapes state {@code uses} in these notes, beside the clause
 * patterns of {@link RelationRules}:
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
    private static final Pattern NAME_THEN_PARENS = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()（）\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()（）\\p{IsHangul}]*){0,3})\\s*[(（]([^()（）]+)[)）]");
    /** A proper name's shape: two capitals or a digit ("RadixAttention", not "verifiable reward"). */
    static final Pattern PROPER_SHAPE = Pattern.compile("\\p{Lu}.*\\p{Lu}|\\d");
    /** "RLHF에서 policy가 … 제약하는 방법", "Decoder-only LM에서 … 마스킹하는 방법": where the context is used. */
    private static final Pattern USED_WHERE = Pattern.compile(
            "^\\s*([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)에서\\s[^.]*(?:하는|되는)\\s+(?:방법|기법|메커니즘)(?:임|이다)?\\.?$");

    /** "Stage 1", "Step 2", "Phase 3": a step of the method, a part of it rather than something it uses. */
    private static final Pattern STEP = Pattern.compile("(?i)(?:stage|step|phase)\\s*\\d+[a-z]?");

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
        return one && PROPER_SHAPE.matcher(inner).find() && !inner.matches("(?i).*\\d+\\s*[kmbt]$|.*\\b(?:19|20)\\d{2}$")
                ? Optional.of(inner) : Optional.empty();
    }

    /** "Hybrid architecture(Jamba, Zamba)의 …", "| Q-Former (BLIP-2) |": the models in a technique's parentheses use it. */
    void exampleModels(String s, int line, List<Relation> out) {
        Matcher m = NAME_THEN_PARENS.matcher(s);
        while (m.find()) {
            String head = m.group(1);
            Optional<Entity> technique = slots.lexicon().find(head);
            if (technique.isEmpty() || technique.get().isModelLike() || technique.get().type().equals(Atlas.Organization)) {
                continue;
            }
            for (Entity model : slots.exampleModels(m.group(2), technique.get())) {
                out.add(new Relation(model, Atlas.uses, technique.get(), Emitter.STATED, "technique-example-models"));
            }
        }
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
