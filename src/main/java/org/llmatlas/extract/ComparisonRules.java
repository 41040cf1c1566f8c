package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.CLAUSE_END;
import static org.llmatlas.extract.Clauses.NAMES;
import static org.llmatlas.extract.Clauses.PARENTHESES;
import static org.llmatlas.extract.Clauses.SPACES;
import static org.llmatlas.extract.Clauses.SUBJECT_MARKED;
import static org.llmatlas.extract.Clauses.clauseStart;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isMeasure;
import static org.llmatlas.extract.Clauses.isModelKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Comparisons: "A는 B보다 빠름", "B 대비 메모리 절약", "MQA만큼 빠르면서", "OpenVLA를 앞섬", and in the bullet of
 * "Pre-LN vs Post-LN" the side said to be plainly better; the better one improves on the other.
 */
final class ComparisonRules {
    /** "A는 B보다 …", "B 대비 …": the comparison point; the names before it are what is compared against. */
    private static final Pattern THAN = Pattern.compile("(?:보다도?|대비)(?=\\s|$|[,.])");
    /**
     * "MQA만큼 빠르면서 MHA에 가까운 품질": as fast as the one and better in quality, so it improves on it;
     * only close to the other in quality while faster is a trade-off with that one, not an improvement.
     */
    private static final Pattern AS_GOOD_AS = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()]*)만큼\\s*(?:[^\\s.,]+\\s+)?(?:빠르|빠른|효율적|가벼|싸|저렴)[^.,]{0,6}?(?:면서|며)\\s");
    /** Plainly better: the subject is ahead on this axis. */
    private static final Pattern GOOD = Pattern.compile("선호|우수|뛰어|앞섬|앞서[며고]|앞선다|앞섰|능가|장점|좋[은아고음다]|좋았|좋$|나은|낫[고다]|빠르|빠른|빠름|빨라|강[함하해한]|더\\s*잘|효율적|안정적|robust|강건|정확|개선|향상|유리|단순|간단|저렴|절약|절감|높은\\s*성능|표현력이\\s*높|[+＋]\\d+(?:\\.\\d+)?\\s*%p?");
    /** Worse on the axis, or a trade-off named in the same clause. */
    private static final Pattern BAD = Pattern.compile("느리|느린|느림|나쁘|떨어|부족|(?<!절)약하|(?<!절)약함|어렵|불안정|지만|반면|그러나|하지만|손실(?!\\s*(?:이|가|을|를)?\\s*(?:적|없|줄|작|낮))");
    private static final Pattern LESS = Pattern.compile("낮|적[은고음게다]|적$|작[은고음게다]|작$|감소|줄|덜|절반");
    /** "높음", "약 2배", "5배": more of something. */
    private static final Pattern MORE = Pattern.compile("높|크[고게다]|큰|큼|많|증가|풍부|\\d\\s*배");
    private static final Pattern COST = Pattern.compile("(?i)망가|비용|민감|의존|데이터로|메모리|손실|오차|오류|error|latency|지연|연산량|계산량|step|시간|파라미터|cost|VRAM|bubble|오버헤드|overhead|크기|hallucination|저하|변동|편차|분산|variance");
    private static final Pattern BENEFIT = Pattern.compile("(?i)성능|정확도|처리|기록|품질|표현력|안정성|처리량|throughput|점수|압축률|효율|속도|accuracy|recall|utilization|활용률|이용률|성공률|success|speedup|가속|상관|correlation|유사도|similarity|자연스러|pass@|승률|win rate");

    /** "만 사용하는 방식", " 기반 방법", " 기반 baseline": an approach named by what it uses, before "보다/대비". */
    private static final Pattern APPROACH = Pattern.compile(
            "(?<=\\p{IsLatin}|\\d)(?:만|을|를)?\\s*(?:기반의?|만?\\s*사용하는|쓰는|이용한)\\s+(?:방식|방법|접근법?|baseline|기법|모델)$");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");

    private final SlotNames slots;

    ComparisonRules(SlotNames slots) {
        this.slots = slots;
    }

    /**
     * "A는 B보다 …우수/빠름/효율적", "B 대비 메모리 절약", "비용이 B보다 낮음": A (or the context) improves
     * on B when the clause says it is better on some axis, not when it names a trade-off
     * ("B보다 빠르지만 정확도가 낮음") or a loss. Also "B만큼 빠르면서 C에 가까운 품질" (improves on both).
     */
    void comparisons(String s, Entity context, int line, List<Relation> out) {
        Matcher m = THAN.matcher(s);
        while (m.find()) {
            int clauseStart = clauseStart(s, m.start());
            String before = s.substring(clauseStart, m.start());
            List<Entity> others = comparedWith(before, headNoun(context), line);
            if (others.isEmpty()) {
                continue;
            }
            Matcher end = CLAUSE_END.matcher(s);
            int clauseEnd = end.find(m.end()) ? end.start() : s.length();
            String window = before + " " + s.substring(m.end(), clauseEnd);
            if (!better(window)) {
                continue;
            }
            if (context != null && context.type().equals(Atlas.ModelFamily)) {
                others = others.stream().map(o -> memberOf(context, o.label()).orElse(o)).toList();
            }
            List<Entity> compared = others;
            Optional<Entity> named = explicitSubject(before, compared, context).or(() -> versionedSubject(before, compared, line))
                    .or(() -> preferred(before, window, compared));
            if (named.isEmpty() && context != null && namesOtherSubject(before, compared)) {
                continue; // "V3는 V2 대비 …" with V3 unknown: the clause is about something else than the context
            }
            Entity subject = named
                    // "LLaVA-1.5가 사용하여 linear보다 표현력이 향상됨" in the bullet of MLP Projector: a model that
                    // uses the context is not what is compared with a technique; the context is
                    .filter(x -> context == null || !x.isModelLike() || context.isModelLike() || compared.stream().anyMatch(Entity::isModelLike))
                    .or(() -> Optional.ofNullable(context))
                    .or(() -> openingName(s, compared, line))
                    .orElse(null);
            if (subject == null) {
                continue;
            }
            for (Entity other : others) {
                // a family is not compared with its own members
                if (!other.equals(subject) && !other.type().equals(Atlas.Organization) && other.family != subject && subject.family != other) {
                    out.add(new Relation(subject, Atlas.improvesOn, other, Emitter.STATED, "better-than"));
                }
            }
        }
        if (context != null && s.contains("만큼")) {
            Matcher a = AS_GOOD_AS.matcher(s);
            while (a.find()) {
                slots.resolve(a.group(1), Atlas.Concept, line).filter(x -> !x.equals(context))
                        .ifPresent(x -> out.add(new Relation(context, Atlas.improvesOn, x, Emitter.STATED, "as-good-as")));
            }
        }
    }

    /**
     * The names a comparison is made against: the name (or comma list, or parenthesised list) right
     * before "보다/대비" ("RT-2, OpenVLA 대비", "기존 FFN activation(ReLU/GeLU)보다").
     */
    private List<Entity> comparedWith(String before, String head, int line) {
        String t = before.stripTrailing();
        Matcher approach = APPROACH.matcher(t);
        if (approach.find() && approach.start() > 0) {
            t = t.substring(0, approach.start()); // "CoT만 사용하는 방식보다", "RAG 기반 baseline보다": compared with X
        }
        List<String> names = new ArrayList<>();
        if (t.endsWith(")") && t.lastIndexOf('(') >= 0 && (!Names.isNameLike(t.substring(t.lastIndexOf('(') + 1, t.length() - 1).strip())
                        || isNote(t.substring(t.lastIndexOf('(') + 1, t.length() - 1).strip()))
                && Names.startsLatinOrGreek(t.substring(0, t.lastIndexOf('(')).strip().isEmpty() ? "" : lastWord(t.substring(0, t.lastIndexOf('('))))) {
            t = t.substring(0, t.lastIndexOf('(')).stripTrailing(); // "DeepSeek 67B(dense)보다": a qualifier of the name before it
        }
        if (t.endsWith(")") && t.lastIndexOf('(') >= 0) {
            names.addAll(slots.splitList(t.substring(t.lastIndexOf('(') + 1, t.length() - 1)));
        } else {
            int i = t.length();
            while (i > 0) {
                int j = i;
                while (j > 0 && !Character.isWhitespace(t.charAt(j - 1)) && t.charAt(j - 1) != ',') {
                    j--;
                }
                String word = t.substring(j, i);
                if (word.isEmpty() || !Names.startsLatinOrGreek(word) || Names.hasHangul(word)) {
                    break;
                }
                names.add(0, word);
                i = j;
                while (i > 0 && (t.charAt(i - 1) == ',' || Character.isWhitespace(t.charAt(i - 1)))) {
                    i--;
                }
            }
            // "top-k" alone, or "RT-2, OpenVLA": comma-separated single words; a space-separated run is one name
            String joined = String.join(" ", names);
            names = t.substring(i).contains(",") ? slots.splitList(t.substring(i)) : List.of(joined);
        }
        List<Entity> out = new ArrayList<>();
        for (String name : names) {
            if (!name.isBlank()) {
                // "linear보다" in the bullet of "MLP Projector": the same kind of thing, "Linear Projector"
                Optional<Entity> sameKind = head == null || name.contains(" ") ? Optional.empty() : slots.lexicon().find(name + " " + head);
                sameKind.or(() -> slots.resolveTerm(name, line)).ifPresent(out::add);
            }
        }
        return out;
    }

    /** "(Acme 2024)", "(2023)", "(Meta)", "(7B)": a maker, a year or a size noted after a name, not names compared. */
    private boolean isNote(String aside) {
        return NOTE_YEAR.matcher(aside).find() || Names.SIZE.matcher(aside).matches()
                || slots.lexicon().find(aside).filter(e -> e.type().equals(Atlas.Organization)).isPresent();
    }

    private static final Pattern NOTE_YEAR = Pattern.compile("(?:^|\\s)(?:19|20)\\d\\d$");

    private static String lastWord(String s) {
        String[] words = SPACES.split(s.strip());
        return words[words.length - 1];
    }

    /** The head noun of a multi-word name ("Projector" of "MLP Projector"), or null. */
    private static String headNoun(Entity e) {
        if (e == null) {
            return null;
        }
        String[] words = SPACES.split(e.label());
        return words.length >= 2 && LATIN_WORD.matcher(words[words.length - 1]).matches() ? words[words.length - 1] : null;
    }

    private static boolean better(String window) {
        if (BAD.matcher(window).find()) {
            return false;
        }
        if (GOOD.matcher(window).find()) {
            return true;
        }
        boolean less = LESS.matcher(window).find();
        boolean more = MORE.matcher(window).find();
        boolean cost = COST.matcher(window).find();
        boolean benefit = BENEFIT.matcher(window).find();
        return less && cost && !(more && benefit) || more && benefit && !(less && !cost);
    }

    /**
     * "wav2vec 2.0과 Common Voice에서 WER을 비교함. fine-tuning 없이도 평균 오류가 훨씬 적음.": a sentence with no subject of
     * its own and no other comparison that says the one compared came out plainly better, right after the comparison.
     */
    void verdict(String s, ComparedEvaluations.Compared c, List<Relation> out) {
        if (hasAny(s, "보다", "대비", "비슷", "동등", "비등", "대신", "?") || !(COMPARATIVE.matcher(s).find() || TIMES.matcher(s).find())
                || !better(s) || SUBJECT_MARKED.matcher(s).find()) {
            return;
        }
        for (Entity other : c.others()) {
            if (!other.equals(c.subject())) {
                out.add(new Relation(c.subject(), Atlas.improvesOn, other, Emitter.STATED, "compared-better"));
            }
        }
    }

    private static final Pattern TIMES = Pattern.compile("\\d\\s*배");

    /** "더 높음", "훨씬 높아", "가장 …": a comparison, not a plain property ("구현이 단순함"). */
    private static final Pattern COMPARATIVE = Pattern.compile("더|훨씬|가장|보다|대비");
    private static final Pattern VERSUS = Pattern.compile("\\s+vs\\.?\\s+");

    /**
     * In the bullet of "A vs B", a sentence that opens with one of them and says it is plainly better
     * ("Pre-LN(…)이 학습 안정성이 훨씬 높아 …") makes it improve on the other; a trade-off does not.
     */
    List<Relation> versus(String term, String sentence) {
        String[] sides = VERSUS.split(term);
        List<Relation> out = new ArrayList<>();
        if (sides.length != 2) {
            return out;
        }
        List<Entity> both = new ArrayList<>();
        for (String side : sides) {
            slots.lexicon().find(side).ifPresent(both::add); // only names known on their own: "A vs B" declares nothing
        }
        String s = sentence.replace("`", "").replace("**", "");
        Matcher m = OPENING_NAME.matcher(s);
        if (both.size() != 2 || both.get(0).equals(both.get(1)) || !m.find()) {
            return out;
        }
        Matcher end = CLAUSE_END.matcher(s);
        String clause = PARENTHESES.matcher(s.substring(m.end(), end.find(m.end()) ? end.start() : s.length())).replaceAll("");
        Optional<Entity> subject = slots.lexicon().find(m.group(1)).filter(both::contains);
        if (subject.isPresent() && COMPARATIVE.matcher(clause).find() && better(clause)) {
            Entity other = both.get(0).equals(subject.get()) ? both.get(1) : both.get(0);
            out.add(new Relation(subject.get(), Atlas.improvesOn, other, Emitter.STATED, "versus-better"));
        }
        return out;
    }

    /** "DPO의 수식을 유도하고, RLHF 대비 장점은?": with no context, the name the sentence opens with is the one compared. */
    private Optional<Entity> openingName(String s, List<Entity> others, int line) {
        Matcher m = OPENING_NAME.matcher(s);
        return m.find() ? slots.resolveTerm(m.group(1), line).filter(x -> !others.contains(x) && !x.type().equals(Atlas.Organization)) : Optional.empty();
    }

    private static final Pattern OPENING_NAME = Pattern.compile(
            "^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)\\s*(?:[(（][^()（）]*[)）])?(?:의|은|는|이|가)\\s");

    /** "BF16을 FP16보다 선호하는 이유는?": what is preferred is the object before the one compared. */
    private static final Pattern PREFERRED = Pattern.compile("^\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:을|를)\\s");

    private Optional<Entity> preferred(String before, String window, List<Entity> others) {
        Matcher m = window.contains("선호") ? PREFERRED.matcher(before) : null;
        return m != null && m.lookingAt() ? slots.lexicon().find(m.group(1)).filter(x -> !others.contains(x)) : Optional.empty();
    }

    /** "A는 B보다": the named subject of the comparison, when it is known and is not one of the compared. */
    private Optional<Entity> explicitSubject(String before, List<Entity> others, Entity context) {
        Matcher m = SUBJECT_MARKED.matcher(before);
        Optional<Entity> found = Optional.empty();
        while (m.find()) {
            String name = m.group(1);
            Optional<Entity> e = memberOf(context, name).or(() -> slots.lexicon().find(name))
                    .filter(x -> !others.contains(x) && !x.type().equals(Atlas.Organization));
            if (e.isPresent()) {
                found = e;
                break;
            }
        }
        return found;
    }

    /**
     * "StarCoder2-15B는 두 배 큰 CodeLlama-34B보다 …": a name with a version or size opening the clause is a model compared
     * with the models (or versioned names) after it, even when no note named it before.
     */
    private Optional<Entity> versionedSubject(String before, List<Entity> others, int line) {
        Matcher m = SUBJECT_MARKED.matcher(before);
        if (!m.find() || others.stream().noneMatch(o -> o.isModelLike() || VERSIONED.matcher(o.label()).matches())
                || slots.lexicon().find(m.group(1)).isPresent()
                || !VERSIONED.matcher(m.group(1)).matches()) {
            return Optional.empty();
        }
        return slots.resolve(m.group(1), Atlas.Model, line).filter(x -> x.isModelLike() && !others.contains(x));
    }

    /** One word with a capital and a digit after a hyphen or letter: "StarCoder2-15B", "Heron-3". */
    private static final Pattern VERSIONED = Pattern.compile("\\p{Lu}[\\p{IsLatin}\\d.\\-]*\\d[\\p{IsLatin}\\d.\\-]*");

    /**
     * "V3" in the bullet of the DeepSeek family: a bare version stands for the member of that name
     * ("DeepSeek-V3"), when the family has one.
     */
    private Optional<Entity> memberOf(Entity family, String name) {
        if (family == null || !family.type().equals(Atlas.ModelFamily) || !BARE_MEMBER.matcher(name).matches()) {
            return Optional.empty();
        }
        String stem = FAMILY_TAIL.matcher(family.label()).replaceAll("").strip();
        return slots.lexicon().find(stem + "-" + name).or(() -> slots.lexicon().find(stem + " " + name))
                .or(() -> slots.lexicon().find(stem + name)).filter(x -> x.isModelLike() && !x.equals(family));
    }

    private static final Pattern BARE_MEMBER = Pattern.compile("[A-Za-z]?\\d+(?:\\.\\d+)?[A-Za-z]?");
    private static final Pattern FAMILY_TAIL = Pattern.compile("(?i)\\s*(?:family|계열)$");

    /**
     * "V3는 …" before the comparison point: the clause names a subject of its own (not one of those compared; not the
     * measure compared on, "top-20 retrieval accuracy가 BM25보다 높음").
     */
    private boolean namesOtherSubject(String before, List<Entity> others) {
        Matcher m = SUBJECT_MARKED.matcher(before);
        return m.find() && Names.isNameLike(m.group(1)) && !BENEFIT.matcher(m.group(1)).find() && !COST.matcher(m.group(1)).find()
                && slots.lexicon().find(m.group(1)).filter(others::contains).isEmpty();
    }

    /** "OpenVLA, Octo를 크게 앞섬", "GPT-4를 능가함": the clause's subject (or the context) outperforms the names before 을/를 (not "앞서 설명한", before). */
    private static final Pattern OUTPERFORMS = Pattern.compile(
            NAMES + "(?:을|를)\\s+(?:[^\\s.,]+\\s+){0,2}?(?:앞섬|앞서(?:며|고|는|다)|앞선다|앞섰|능가|압도|넘어섬|넘어섰|넘은|넘음|넘었)");

    void outperforms(String s, Entity context, int line, List<Relation> out) {
        Matcher m = OUTPERFORMS.matcher(s);
        while (m.find()) {
            String before = s.substring(clauseStart(s, m.start()), m.start());
            List<Entity> beaten = slots.splitList(m.group(1)).stream().map(n -> slots.lexicon().find(n)).flatMap(Optional::stream)
                    .filter(x -> !x.type().equals(Atlas.Organization) && !isMeasure(x) && !isModelKind(x)).toList();
            Optional<Entity> subject = explicitSubject(before, beaten, context);
            if (subject.isEmpty() && (context == null || namesOtherSubject(before, beaten))) {
                continue;
            }
            Entity better = subject.orElse(context);
            beaten.stream().filter(x -> !x.equals(better) && x.isModelLike() == better.isModelLike())
                    .forEach(x -> out.add(new Relation(better, Atlas.improvesOn, x, Emitter.STATED, "outperforms")));
        }
    }
}
