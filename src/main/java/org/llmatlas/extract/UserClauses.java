package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.CLAUSE_CHAR;
import static org.llmatlas.extract.Clauses.CLAUSE_START;
import static org.llmatlas.extract.Clauses.SUBJECT_MARKED;
import static org.llmatlas.extract.Clauses.USE_CUES;
import static org.llmatlas.extract.Clauses.USE_VERB;
import static org.llmatlas.extract.Clauses.clauseStart;
import static org.llmatlas.extract.Clauses.hasAny;
import static org.llmatlas.extract.Clauses.isModelKind;
import static org.llmatlas.extract.Clauses.lastPhrase;
import static org.llmatlas.extract.Gates.mayMatch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Clauses that name who uses the context: "LLaMA, Mistral 등이 채택함", "DeepSeek-R1에 사용됨", an aside
 * "(Llama, Mistral 필수 적용)", "T5의 pretraining objective", "ChatGPT도 같은 방식으로 학습됨"; and
 * "A는 B를 사용" with both ends named.
 */
final class UserClauses {
    /** "… 등이 사용함" / "… 가 도입함": the list before the subject marker is the users. */
    /** "가 주로 사용됨", "이 채택되었음": a subject marker, then a passive use verb. */
    private static final Pattern PASSIVE_SUBJECT = Pattern.compile("^\\s*(?:이|가|들이|도)\\s.*(?:사용|채택|도입|활용|적용|이용)(?:되|됨|된)");
    static final Pattern USERS = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)\\s*(?:등(?:\\s+[^\\s]+)?\\s+(?:모델|LLM|VLM|시스템|엔진|프레임워크)들?(?:이|도|은)|등(?:이|은|도|에서)?"
                    + "|(?<=[\\p{IsLatin}\\d)])(?:이|가|들이|에서|도))\\s+(?:[^\\s]+\\s+){0,3}?(?:" + USE_VERB
                    + "(?:함|했|하여|하며|하고|한다|하는|하나|됨|되|중|한\\s+(?:모듈|방법|기법|구조|방식|기술|알고리즘|아키텍처)|\\b|$)"
                    + "|구현(?:함|했|하며|하고|한다|임|\\s*\\.?$)|(?<!에서\\s)지원(?:함|했|하며|하고|한다))");
    /** "BERT, RoBERTa가 대표적임", "LLaMA, Mistral 등 현대 LLM의 표준임", "GPT, LLaMA 계열이 해당됨" (not "patch가 해당 저장소의"): representatives use the context. */
    private static final Pattern REPRESENTATIVES = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)\\s*(?:(?:이|가|등이)\\s*(?:대표적|해당(?:됨|함|한다|되|하)|대표\\s*모델)|등\\s+(?:[^\\s.]+\\s+){0,3}?[^\\s.]*(?:의\\s*)?(?:표준|필수|기본))");
    /** "LLaMA-2/3, Mistral, Gemma, Qwen2 채택.", "GPT 계열, LLaMA 사용.": a bare list of users closing the sentence. */
    static final Pattern LIST_THEN_VERB = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+," + CLAUSE_CHAR + "+?)(?<![을를])\\s+(?:채택|사용|적용|구현)(?:함|됨|중)?\\s*\\.?$");
    /** A list closed by a purpose in the dative ("… 평가에 주로", "… 학습에"): what the thing is used for. */
    private static final Pattern PURPOSE_BEFORE_VERB = Pattern.compile("\\p{IsHangul}에(?:\\s+(?:주로|많이|흔히|널리|자주))?$");
    /** "LLaMA, Mistral, Qwen, Gemma의 표준": the members of the list each use the context. */
    static final Pattern STANDARD_OF = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+," + CLAUSE_CHAR + "+?)의\\s*(?:사실상\\s*)?(?:표준|기본)");
    /**
     * "DeepSeek-R1에 사용됨", "LLaMA, PaLM에서 채택됨", "vLLM에 통합됨", "LLaMA-2부터 도입됨", "Qwen2에 쓰임", "LLaMA-2, Qwen2에 탑재.", "vLLM 등에서 지원."
     * (the verb's noun closing the clause): the passive names the users.
     */
    static final Pattern USED_IN = Pattern.compile(
            CLAUSE_START + "\\s*(" + CLAUSE_CHAR + "+?)(?<=[\\p{IsLatin}\\d)])(?:\\s*등)?(?:\\s+(?:논문|paper))?(?:에서|에|부터)\\s*(?:[^\\s]+\\s+)?(?:(?:사용|채택|도입|적용|활용|제안|통합|탑재|내장|지원|구현)"
                    + "(?:됨|되었|되며|되고|된다|되는|된|되어|(?=\\s*(?:[.;]|$)))|쓰임|쓰였|쓰인다|쓰이며|쓰이고|쓰이는|(?<=처음\\s)(?:나옴|나왔|등장))");
    /** "VLM의 vision encoder로 가장 많이 사용됨", "RLHF의 KL penalty로 … 제약하는 데 사용함": what the context serves in uses it. */
    static final Pattern USED_AS = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+[^.:;]{0,30}?(?:으로|로)\\s+(?:(?:가장|널리|주로|많이)\\s+)*(?:사용|채택|쓰이)(?:됨|되는|되며|되고|된다|는|며)"
                    + "|([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+[^.:;]{0,40}?(?:으로|로)\\s+[^.:;]{0,40}?\\s데\\s+(?:사용|활용)(?:함|됨|된다)");
    /** "LLaMA-3 128K context 확장에 사용됨", "Claude 계열의 harmlessness 학습에 쓰임": a model opening the clause is what the context was used for. */
    static final Pattern USED_FOR = Pattern.compile(
            "(?:^|(?<=[.:;()])|(?<=(?:하며|하고|이며)\\s))\\s*([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s계열)?)(?:의)?\\s[^.:;()]{0,30}?에\\s*(?:[^\\s]+\\s+)?(?:(?:사용|활용|적용)(?:됨|되었|되며|되고|된다)|쓰임|쓰였|쓰인다)");

    /**
     * "T5의 pretraining objective", "원래 Transformer의 방법", "DeepSpeed의 메모리 최적화 기법": the owner uses the context
     * (not "X의 단점을 개선한 방법", which improves on X).
     */
    private static final Pattern OWNER = Pattern.compile(
            "(?:^|\\s)([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?(?:\\s*계열)?)의\\s+(?:(?![^\\s.]*(?:단점|한계|문제|개선|대체|보완))[^\\s.]+\\s+){0,3}?(?:objective|방법론|방법|기법|방식|기술|알고리즘)(?:임|이다)?\\.?$");

    /** A name as the subject of a clause ("Mistral 7B"), before its particle. */
    private static final String SUBJECT = "[\\p{IsLatin}π][^\\s,\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,\\p{IsHangul}]*){0,3}?";
    /** The subjects of a clause: one name or a list ("LLaMA-2 70B, Mistral 7B, Qwen2", "BERT와 GPT-2"), then 은/는/이/가/도. */
    private static final String SUBJECTS = "(?<![\\p{IsLatin}\\d\\-.π])(" + SUBJECT + "(?:(?:\\s*,\\s*|(?:와|과)\\s+)" + SUBJECT + ")*?)(?:은|는|이|가|도)\\s+";
    /** 쓰다, the plain verb of use: "씀", "써서", "쓰며", "쓴다", "썼음" (not "쓰기", writing). */
    static final String WRITE_USE = "(?:씀|써서|써야|쓰며|쓰고|쓴다|썼)";
    static final String[] WRITE_USE_CUES = {"씀", "써서", "써야", "쓰며", "쓰고", "쓴다", "썼"};
    /** "A는 B를 사용", "A, B가 C를 씀", "A도 D와 E를 채택함" with both ends named. */
    private static final Pattern SVO = Pattern.compile(
            SUBJECTS + "((?:(?!(?:은|는|이|가)\\s)[^,;])+?)(?:을|를)\\s+(?:[^\\s]+\\s+)?(?:" + USE_VERB + "|" + WRITE_USE + ")");
    /** "Qwen2.5-Math는 GRPO로 RL 단계 진행", "Tulu 2도 DPO로 학습": what the subject is trained with, a known method, is what it uses. */
    static final Pattern SVO_TRAINED = Pattern.compile(
            SUBJECTS + "(?:[^\\s.,;]+\\s+){0,3}?([\\p{IsLatin}π][^\\s,\\p{IsHangul}]*)(?:으로|로)\\s+(?:[^\\s.,;]+\\s+){0,2}?"
                    + "(?:학습|훈련|RL|강화학습|fine-tuning|파인튜닝|정렬|post-training)");
    /** "Qwen3도 reasoning 단계에서 GRPO 사용.": the object without its particle, right before a verb that closes the clause. */
    static final Pattern SVO_BARE = Pattern.compile(
            SUBJECTS + "(?:[^\\s.,;]+\\s+){0,4}?([\\p{IsLatin}π][^\\s,\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,\\p{IsHangul}]*){0,2})\\s+"
                    + "(?:사용|채택|도입|활용|적용)(?:함|중)?\\s*\\.?$");

    /** "SGLang의 RadixAttention이 구현함": in a list of users, "X의 Y" is X's Y, which X uses. */
    static final Pattern OWNED = Pattern.compile("([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)의\\s+([\\p{IsLatin}][^\\s,()\\p{IsHangul}]*)$");

    private final SlotNames slots;

    UserClauses(SlotNames slots) {
        this.slots = slots;
    }

    private void ownedParts(String list, int line, List<Relation> out) {
        if (!mayMatch(OWNED, list.strip())) {
            return;
        }
        Matcher m = OWNED.matcher(list.strip());
        if (m.find()) {
            Optional<Entity> owner = slots.resolve(m.group(1), Atlas.Model, line);
            Optional<Entity> part = slots.resolveTerm(m.group(2), line);
            if (owner.isPresent() && part.isPresent() && !owner.equals(part) && !part.get().isModelLike()) {
                out.add(new Relation(owner.get(), Atlas.uses, part.get(), Emitter.STATED, "owner-of-part"));
            }
        }
    }

    /** An English name with a topic or object marker ("ZeRO-Infinity는 ", "weight decay를 "): not a list of users. */
    private static final Pattern TOPIC_MARKED = Pattern.compile("[\\p{IsLatin}\\d)](?:은|는|을|를)\\s");
    /** A passive's list opening with a named topic: "GQA는 (…,) LLaMA-2 70B와 Mistral 7B" (then "에 적용됨"). */
    private static final Pattern PASSIVE_TOPIC = Pattern.compile("\\s*([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:은|는)\\s+(.+)");
    /** "… VR 조합이 π0 등" (then "에 사용됨"): a passive's own subject, marked with 이/가, is what the list uses. */
    private static final Pattern PASSIVE_SUBJECT_BEFORE = Pattern.compile(".*\\S(?:이|가)\\s+([^\\s\\p{IsHangul}][^\\p{IsHangul}]*)$");

    /** A list item that says what a thing serves as: "Llama 2 7B backbone", "SigLIP encoder", "Prismatic VLM 기반". */
    private static final Pattern ROLE_ITEM = Pattern.compile("^\\s*(.+?)\\s+(?:기반|backbone|(?:vision |image |text )?encoder|decoder)\\s*$");

    /**
     * "- **Qwen2**: GQA, YaRN 사용", "logit soft-capping 적용, GQA 사용" under a model: what a bare list before the verb names is
     * what the model uses, not its users; a known model in it still is a user ("GQA: LLaMA-2, Mistral 채택" under a technique
     * names users by the general rule).
     */
    private void listedUnderModel(List<String> items, Entity model, String rule, int line, List<Relation> out) {
        for (String item : items) {
            Optional<Entity> known = slots.lexicon().find(item).filter(Entity::isModelLike);
            if (known.isPresent()) {
                known.filter(u -> !u.equals(model)).ifPresent(u -> out.add(new Relation(u, Atlas.uses, model, Emitter.STATED, rule)));
            } else {
                slots.resolve(item, Atlas.Concept, line).filter(x -> !x.equals(model) && !x.isModelLike())
                        .ifPresent(x -> out.add(new Relation(model, Atlas.uses, x, Emitter.STATED, "list-used")));
            }
        }
    }

    /**
     * "Prismatic VLM 기반, Llama 2 7B backbone 사용": a bare list whose items name roles is what the context uses,
     * not a list of users. True when every item is such a role (the relations are added).
     */
    private boolean rolesUsed(String list, Entity context, int line, List<Relation> out) {
        List<Entity> used = new ArrayList<>();
        for (String item : list.split(",")) {
            Matcher r = ROLE_ITEM.matcher(item);
            if (!r.matches()) {
                return false;
            }
            slots.resolve(r.group(1), Atlas.Concept, line).ifPresent(used::add);
        }
        used.forEach(u -> out.add(new Relation(context, Atlas.uses, u, Emitter.STATED, "roles-used")));
        return true;
    }

    /** The object of a clause ("PagedAttention을 ", "continuous batching을 "): an English phrase before 을/를. */
    private static final Pattern OBJECT_MARKED = Pattern.compile("([\\p{IsLatin}π][^\\s,]*(?:\\s[^\\s,]+){0,3}?)(?:을|를)\\s");

    /** "… 등 k-quant 방식을": a list closed by a bare "등" before an object, not a subject marker. */
    private static final Pattern EXAMPLES_OF = Pattern.compile("^\\s*등\\s+(?!이\\s|이를|해당|같은|그\\s)(?:[^\\s]+\\s+){0,2}?[^\\s]+(?:을|를)\\s");

    /** The clause after a list gives the list as examples of an object other than the context. */
    private static boolean examplesOfObject(String clause, Entity context) {
        Matcher e = EXAMPLES_OF.matcher(clause);
        return e.find() && !Names.key(e.group()).contains(Names.key(context.label()));
    }

    /**
     * True when the clause between a subject and its verb names an object that is known and is not the context
     * ("PagedAttention을 ", "FP8과 비동기 연산을 ").
     */
    private boolean namesOtherObject(String clause, Entity context) {
        Matcher o = OBJECT_MARKED.matcher(clause);
        if (!o.find()) {
            return false;
        }
        return slots.splitList(o.group(1)).stream().anyMatch(n -> slots.lexicon().find(n).filter(e -> !e.equals(context)).isPresent());
    }

    /** An aside listing users: "(Llama, Mistral 필수 적용)", "(GPT-4, Claude 등 채택)". */
    /** "… 사용하여 평가함": the rest of a use clause says the use served an evaluation. */
    private static final Pattern EVALUATED_AFTER = Pattern.compile("[^.]{0,20}?(?:평가|측정)");

    private static final Pattern PAREN_USERS = Pattern.compile(
            "[(（]([\\p{IsLatin}π][^()（）\\p{IsHangul}]*?)\\s*(?:등\\s*)?(?:(?:필수\\s*|기본\\s*)?(?:적용|채택|사용)(?:됨|함|중)?|기본값|기본\\s*설정|default)\\s*[)）]");

    /** "… 유리합니다 (Llama, Mistral 필수 적용)", "모든 token의 평균 (Sentence-BERT 기본값)": an aside that lists who uses the context. */
    void asideUsers(String s, Entity context, int line, List<Relation> out) {
        Matcher aside = PAREN_USERS.matcher(s);
        while (aside.find()) {
            slots.resolveModels(slots.splitList(aside.group(1)), line).stream().filter(u -> !isModelKind(u) && !u.equals(context))
                    .forEach(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "users-aside")));
        }
    }

    void users(String s, Entity context, int line, List<Relation> out) {
        if (context.label().contains(" vs ")) {
            return; // "Pre-LN vs Post-LN": a comparison is not what anything uses
        }
        Map<Pattern, String> rules = new LinkedHashMap<>();
        if ((hasAny(s, USE_CUES) || hasAny(s, "구현", "지원")) && mayMatch(USERS, s)) {
            rules.put(USERS, "users-of");
        }
        if ((hasAny(s, "대표", "해당") || s.contains("등") && hasAny(s, "표준", "필수", "기본")) && !isModelKind(context)) {
            rules.put(REPRESENTATIVES, "representative-of"); // the representatives of "VLM" are VLMs, they do not use one
        }
        // each pattern only where the words it needs occur (a failed scan of these costs more than the rest)
        if (mayMatch(USED_IN, s)) {
            rules.put(USED_IN, "used-in");
        }
        // "BLIP-2에서 제안된 구조": a sentence with no other cue is only read for where the context was proposed
        boolean proposedOnly = !hasAny(s, USE_CUES) && !hasAny(s, "대표", "해당", "표준", "필수", "기본", "구현", "지원", "쓰임", "쓰인", "쓰였");
        if (!proposedOnly && mayMatch(LIST_THEN_VERB, s)) {
            rules.put(LIST_THEN_VERB, "users-list");
        }
        if (!proposedOnly && mayMatch(STANDARD_OF, s)) {
            rules.put(STANDARD_OF, "standard-of");
        }
        if (!proposedOnly && mayMatch(USED_AS, s)) {
            rules.put(USED_AS, "used-as");
        }
        Set<Entity> users = new HashSet<>();
        rules.forEach((p, rule) -> {
            Matcher m = p.matcher(s);
            while (m.find()) {
                Entity used = context;
                String list = m.group(1) != null ? m.group(1) : m.group(2);
                Matcher topic = p == USED_IN ? PASSIVE_TOPIC.matcher(list) : null;
                Matcher subject = p == USED_IN ? PASSIVE_SUBJECT_BEFORE.matcher(list) : null;
                if (topic != null && topic.matches()) {
                    // "GQA는 둘의 절충으로, LLaMA-2 70B와 Mistral 7B에 적용되었음": the topic is what the list uses
                    used = slots.lexicon().find(topic.group(1)).orElse(context);
                    list = topic.group(2);
                } else if (subject != null && subject.matches()) {
                    continue; // "ALOHA 같은 teleoperation과 VR 조합이 π0 등에 사용됨": what is used is the clause's own subject
                } else if (m.group(1) != null && TOPIC_MARKED.matcher(m.group(1)).find() || m.group(0).contains(" 아닌 ")) {
                    continue; // "ZeRO-Infinity는 CPU RAM과 NVMe도 활용함": after a named topic the list is what it uses
                }
                if (p == USED_IN && m.group().contains("부터") && m.group().contains("지원")) {
                    continue; // "H100부터 하드웨어로 지원됨": supported from a generation of hardware on, no user named
                }
                if (p == USERS && PASSIVE_SUBJECT.matcher(s.substring(m.end(1), m.end())).find()) {
                    continue; // "SWE-bench Verified가 주로 사용됨": the subject of a passive is what is used, not a user
                }
                if (p == USERS && namesOtherObject(s.substring(m.end(1), m.end()), context)) {
                    continue; // "TGI가 PagedAttention을 사용함" under another term: they use what the clause names
                }
                if (p == USERS && m.group(0).contains("에서") && EVALUATED_AFTER.matcher(s).region(m.end(), s.length()).lookingAt()) {
                    continue; // "HotpotQA와 FEVER에서 X를 도구로 사용하여 평가함": where it is evaluated, not who uses X
                }
                if (p == USERS && examplesOfObject(s.substring(m.end(1), m.end()), context)) {
                    continue; // "Q4_K_M 등 k-quant 방식을 지원함" under GGUF: the list gives examples of the object
                }
                if (p == LIST_THEN_VERB && PURPOSE_BEFORE_VERB.matcher(list).find()) {
                    continue; // "Baichuan 2, Qwen-7B 평가에 주로 사용": what it is used for, not who uses it
                }
                // one sentence, one statement per user: the first (most specific) rule names it
                // "… 유리하며 T5, LLaMA, Gemma가 사용함": the list starts at the last Korean word before it
                ownedParts(list, line, out);
                List<String> items = slots.splitList(list).stream().map(i -> Names.hasHangul(i) ? lastPhrase(i) : i).map(this::withoutMaker).toList();
                if (p == LIST_THEN_VERB && list.split(",").length == items.size() && rolesUsed(list, context, line, out)) {
                    continue;
                }
                if (p == LIST_THEN_VERB && context.isModelLike()) {
                    listedUnderModel(items, context, rule, line, out);
                    continue;
                }
                // "최신 VLM들이 채택함", "VLM의 vision encoder로 사용됨": a kind of model named as the user is one
                boolean kindUses = p == USERS || p == USED_AS;
                Entity usedThing = used;
                slots.resolveModels(items, line).stream().filter(u -> (kindUses || !isModelKind(u)) && !u.equals(usedThing)).filter(users::add)
                        .forEach(u -> out.add(new Relation(u, Atlas.uses, usedThing, Emitter.STATED, rule)));
            }
        });
        Matcher m = USED_FOR.matcher(s);
        while (!proposedOnly && mayMatch(USED_FOR, s) && m.find()) {
            slots.lexicon().find(m.group(1)).filter(u -> u.isModelLike() && !u.equals(context)).filter(users::add)
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "used-for")));
        }
    }

    /** "OpenAI text-embedding-3": the maker's name before a model's is no user of its own. */
    private String withoutMaker(String item) {
        for (int space = item.indexOf(' '); space > 0 && space < item.length() - 1; space = item.indexOf(' ', space + 1)) {
            if (slots.lexicon().find(item.substring(0, space)).filter(x -> x.type().equals(Atlas.Organization)).isPresent()) {
                return item.substring(space + 1);
            }
        }
        return item;
    }

    /**
     * "DeepSeek-R1이 긴 CoT 출력을 소형 모델에 distillation하여" in Knowledge Distillation's bullet: a model that does
     * what the context names (its head word used as the verb) uses it.
     */
    void doneBy(String s, Entity context, List<Relation> out) {
        String label = context.label();
        String word = label.substring(label.lastIndexOf(' ') + 1);
        int at = -1;
        for (int i = s.indexOf('하', word.length()); i >= 0 && at < 0; i = s.indexOf('하', i + 1)) {
            at = s.regionMatches(true, i - word.length(), word, 0, word.length()) ? i - word.length() : -1;
        }
        if (word.length() < 4 || at < 0) {
            return;
        }
        Matcher m = SUBJECT_MARKED.matcher(s.substring(clauseStart(s, at), at));
        while (m.find()) {
            slots.lexicon().find(m.group(1)).filter(u -> u.isModelLike() && !u.equals(context))
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "does-the-context")));
        }
    }

    /** "T5의 pretraining objective": the owner of a method uses it. */
    void owner(String s, Entity context, int line, List<Relation> out) {
        Matcher m = OWNER.matcher(s);
        if (m.find()) {
            slots.resolveOwner(m.group(1), line).filter(o -> !o.equals(context) && !o.type().equals(Atlas.Organization))
                    .ifPresent(o -> out.add(new Relation(o, Atlas.uses, context, Emitter.STATED, "owner-of-method")));
        }
    }

    void svo(String s, int line, List<Relation> out) {
        if (s.contains("을") || s.contains("를")) {
            svo(SVO.matcher(s), line, out);
        }
        if (mayMatch(SVO_BARE, s)) {
            svo(SVO_BARE.matcher(s), line, out);
        }
        if (mayMatch(SVO_TRAINED, s)) {
            svo(SVO_TRAINED.matcher(s), line, out);
        }
    }

    private void svo(Matcher m, int line, List<Relation> out) {
        while (m.find()) {
            List<Entity> subjects = new ArrayList<>();
            List<String> names = slots.splitList(m.group(1));
            for (String name : names) {
                // a list ("BERT와 GPT-2는"), a name marked with 도 or one before a bare object is a known model:
                // "forward는 E4M3, gradient는 E5M2 형식을 씀" lists no users
                Optional<Entity> subject = names.size() == 1 && m.pattern() == SVO && !m.group().startsWith("도", m.end(1))
                        ? slots.resolve(name, Atlas.Model, line) : slots.lexicon().find(name).filter(Entity::isModelLike);
                subject.filter(a -> !isModelKind(a)).ifPresent(subjects::add);
            }
            if (subjects.size() < names.size() && names.size() > 1) {
                continue; // a list with a word that is no model ("forward는 E4M3, gradient는 …") is no list of users
            }
            // "Qwen2-Audio는 hierarchical tag 대신 natural language prompt를 사용함": what is replaced is not used
            String objects = m.group(2);
            int instead = objects.lastIndexOf("대신 ");
            for (String name : subjects.isEmpty() ? List.<String>of() : slots.splitList(instead < 0 ? objects : objects.substring(instead + 3))) {
                // "reasoning RL 단계에서 GRPO": the object is the name after the last Korean word
                (m.pattern() == SVO_TRAINED ? slots.lexicon().find(name).filter(b -> !b.isModelLike())
                        : slots.resolveTerm(Names.hasHangul(name) ? lastPhrase(name) : name, line)).ifPresent(b -> subjects.stream().filter(a -> !a.equals(b))
                        .forEach(a -> out.add(new Relation(a, Atlas.uses, b, Emitter.STATED, "subject-uses-object"))));
            }
        }
    }

    /**
     * "InstructGPT가 이 레시피를 정착시켰고", "ChatGPT도 같은 방식으로 학습됨", "Llama 3의 post-training이 이 방식을 채택함":
     * a model that takes up "this method" uses the context the method stands for.
     */
    private static final Pattern DEMONSTRATIVE_USER = Pattern.compile(
            "([\\p{IsLatin}π][^\\s,()\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s,()\\p{IsHangul}]*){0,2}?)(?:의\\s+[\\p{IsLatin}\\-]+)?(?:이|가|도|는|은)\\s+"
                    + "(?:(?:이|같은|동일한)\\s+(?:방식|방법|기법|레시피|알고리즘|기술)(?:을|를|으로|로|에)?|이를|이것을)\\s+(?:[^\\s.]+\\s+)?"
                    + "(?:채택|사용|적용|도입|활용|정착|따르|따름|따라|학습|구현|계승)");

    void demonstrativeUsers(String s, Entity context, int line, List<Relation> out) {
        Matcher m = DEMONSTRATIVE_USER.matcher(s);
        while (m.find()) {
            slots.resolve(m.group(1), Atlas.Model, line).filter(u -> u.isModelLike() && !u.equals(context) && !isModelKind(u))
                    .ifPresent(u -> out.add(new Relation(u, Atlas.uses, context, Emitter.STATED, "uses-this-method")));
        }
    }
}
