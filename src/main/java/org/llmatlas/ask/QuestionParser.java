package org.llmatlas.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.query.EntityIndex;

/**
 * Understands a question in English or Korean: finds the entity names in it (tolerant of case,
 * spacing, particles and typos), then reads the relation cue words around them and the word
 * order to decide what is asked. Cue words, not fixed sentences: "which models use GQA",
 * "models using GQA?", "GQA를 사용하는 모델은?", "GQA 쓰는 모델" all read the same.
 */
final class QuestionParser {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}π][\\p{L}\\p{N}π.\\-_/+']*");
    private static final Set<String> STOP = Set.of(
            "which", "what", "who", "whom", "how", "does", "do", "did", "is", "are", "was", "were", "the", "a", "an",
            "of", "on", "in", "for", "to", "by", "with", "and", "or", "that", "use", "uses", "used", "using", "model",
            "models", "benchmark", "benchmarks", "metric", "metrics", "improve", "improves", "improved", "part",
            "parts", "member", "members", "evaluate", "evaluates", "evaluated", "questions", "question", "about",
            "related", "relation", "compare", "between", "vs", "versus", "difference", "explain", "define", "me",
            "tell", "list", "show", "all", "family", "families", "technique", "techniques", "method", "methods",
            "hard", "easy", "medium", "interview", "measure", "measured", "measures", "it", "its", "there", "any",
            "can", "you", "please", "i", "my", "they", "their", "them", "belong", "belongs", "successor", "better",
            "than", "concept", "concepts", "mean", "means", "meaning", "kind", "type", "types", "approach", "approaches",
            // common words of questions that a typo-tolerant match would take for a name ("rely" ~ ReLU)
            "rely", "relies", "build", "builds", "built", "based", "base", "employ", "employs", "adopt", "adopts",
            "have", "has", "having", "feature", "features", "support", "supports", "make", "makes", "made", "work",
            "works", "need", "needs", "apply", "applies", "applied", "train", "trained", "come", "came", "after",
            "before", "over", "from", "into", "also", "some", "other", "others", "more", "most", "best", "same",
            "like", "such", "these", "those", "this", "where", "when", "why", "should", "would", "could", "give",
            "find", "known", "popular", "famous", "common", "currently", "today", "modern", "recent", "latest", "key",
            "idea", "ideas", "main", "core", "important", "differences", "newer", "later", "next");

    enum Kind { USERS_OF, USES, IMPROVED_BY, IMPROVES_ON, PART_OF, PARTS, EVALUATED_BY, EVALUATES, DEVELOPER, DEVELOPED, DEFINE, QUESTIONS, RELATED, COMPARE, CHAIN, LIST }

    /** A name found in the question and what it resolved to. */
    record Found(String surface, int start, int end, List<EntityIndex.Match> matches) {
        /** The Korean particle glued to the name in the question ("를" of "GQA를"), or "". */
        String particle() {
            String base = EntityIndex.stripParticles(surface);
            return surface.startsWith(base) ? surface.substring(base.length()) : "";
        }

        EntityIndex.Entry entry() {
            return matches.get(0).entry();
        }
    }

    /**
     * What is asked. {@code expected} is set for a yes/no question ("does LLaMA-2 use GQA?"): the
     * answers of {@code kind} about the first entity are checked for that one. {@code within} is a
     * family the answers must be members of ("which LLaMA models use GQA").
     */
    record Intent(Kind kind, List<Found> entities, String typeFilter, String difficulty, String qualifier, Found expected, Found within) {}

    private static final Pattern USE = Pattern.compile("(?i)\\b(?:use[sd]?|using|utili[sz]e[sd]?|adopt(?:s|ed)?|employ(?:s|ed)?|built on|builds? on|based on|rel(?:y|ies|ying) on|depend(?:s|ing)? on|leverag\\w+|incorporat\\w+|implement\\w*|featur(?:e|es|ing)|support(?:s|ing)?|(?:that|which|who)\\s+ha(?:ve|s)|having)\\b"
            + "|(?:models?|llms|vlms|vlas|methods|techniques|systems|frameworks)\\s+with\\b|사용|쓰[나니는고며이]|쓴|써|채택|도입|활용|기반|이용|적용|탑재|들어간");
    private static final Pattern IMPROVE = Pattern.compile("(?i)\\b(?:improve[sd]?|improving|improvements?|better|successors?|replace[sd]?|fix(?:es|ed)?|supersede[sd]?|outperform\\w*|came after|succeed(?:s|ed)?|follow-?ups?|newer|later|next)\\b|개선|후속|대체|발전|향상|보다\\s*(?:더\\s*)?(?:나은|낫|좋|우수|뛰어)");
    private static final Pattern PART = Pattern.compile("(?i)\\b(?:part|parts|members?|belongs?|consists?|components?|contains?|includes?|in the .* family|made (?:up )?of|composed of|comprises?)\\b|속하|구성|계열|포함|멤버|부분|이루어");
    private static final Pattern EVAL = Pattern.compile("(?i)\\b(?:evaluat\\w*|measur\\w*|benchmark\\w*|assess\\w*|tested)\\b|평가|측정|벤치마크");
    /** Asks for a definition in so many words ("define", "LoRA란?"), whatever type word the question holds. */
    private static final Pattern DEFINE = Pattern.compile("(?i)\\b(?:define|explain|describe|tell me about|meaning of)\\b|(?:이란|란|이 뭐|가 뭐|는 뭐|은 뭐|무엇인가|무엇이야|뭐야|뭔가요|뜻|정의|설명)");
    /** "who developed Gemma", "which company made LLaMA-2", "Qwen은 어디서 만들었나", "RT-2 개발사". */
    private static final Pattern DEVELOP = Pattern.compile("(?i)\\b(?:who|which (?:company|lab|organi[sz]ation))\\b.*\\b(?:develop|made|make|built|build|creat|train|release)\\w*"
            + "|\\b(?:developed|made|built|created|released|trained)\\s+by\\b|\\b(?:maker|developer|creator|vendor)s?\\b|개발|만든|만들|제작|출시|회사");
    private static final Pattern QUESTIONS = Pattern.compile("(?i)\\b(?:questions?|quiz|interview)\\b|질문|문제|면접");
    private static final Pattern COMPARE = Pattern.compile("(?i)\\b(?:compare|comparison|vs\\.?|versus|differen\\w*|differ|in common)\\b|비교|차이|다른 점|다른가|다른지|다르|공통");
    private static final Pattern RELATED = Pattern.compile("(?i)\\b(?:relat\\w*|connect\\w*|link\\w*)\\b|관계|연결|관련");
    private static final Pattern DIFFICULTY = Pattern.compile("(?i)\\b(easy|medium|hard)\\b|(쉬운|중간|어려운)");
    private static final Pattern CHAIN = Pattern.compile("(?i)\\b(?:use[sd]?|build(?:s)? on|built on|based on|rel(?:y|ies) on)\\s+(?:a|an|some|one)?\\s*[\\w-]*\\s*"
            + "(?:model|method|technique|encoder|backbone|vlm|llm)?s?\\s+(?:that|which)\\s+(?:uses?|is based on|builds? on)\\b"
            + "|(?:사용|기반|채택|활용|쓰)(?:하는|한|으로\\s*한|는)\\s*\\S*\\s*(?:을|를)\\s*(?:사용|기반|채택|활용|쓰)");

    /** Whole-string patterns of the rules below, compiled once (a question runs most of them). */
    private static final Pattern IN_THE_END = Pattern.compile("(?s).*\\bin\\s*(?:the\\s*)?$");
    private static final Pattern KO_OBJECT = Pattern.compile("(?s)^(?:을|를).*");
    private static final Pattern KO_TOPIC = Pattern.compile("(?s)^(?:은|는|이|가).*");
    private static final Pattern KO_SUCCESSOR = Pattern.compile("(?s)^의\\s*(?:후속|개선|대체).*");
    /** "GQA는 어떤 모델에서 쓰이나", "GQA가 적용된 모델": a passive verb makes the topic the object. */
    private static final Pattern KO_PASSIVE = Pattern.compile("(?s)^(?:은|는|이|가).*(?:쓰이|쓰인|사용되|사용된|채택되|채택된|도입되|도입된|적용되|적용된|활용되|활용된|이용되|이용된|개선되|개선된|대체되|대체된).*");
    /** "what is used by Mistral": the name after "by" is the subject. */
    private static final Pattern BY_END = Pattern.compile("(?s).*\\b(?:used|adopted|employed|utili[sz]ed|improved|replaced|superseded|fixed)\\s+by\\s*$"
            + "|(?s).*\\b(?:used|adopted|employed|utili[sz]ed|found|inside)\\s+(?:in|inside|within)\\s*(?:the\\s*)?$");
    private static final Pattern KO_CUE_VERB = Pattern.compile("(?s)^(?:사용|쓰|채택|도입|활용|기반|이용|개선|대체).*");
    private static final Pattern PASSIVE = Pattern.compile("(?s)^(?:is|are|was|were|gets?)?\\s*(?:\\w+\\s+)?(?:used|improved|replaced|adopted|fixed|superseded)\\b.*");
    private static final Pattern KO_OBJECT_EVAL = Pattern.compile("(?s)^(?:을|를)\\s*.*(?:평가|측정).*");
    private static final Pattern IS_EVALUATED = Pattern.compile("(?s)^\\s*(?:is|are)\\s+(?:evaluated|measured|assessed).*");
    private static final Pattern EVAL_VERB_END = Pattern.compile("(?s).*\\b(?:evaluates?|measures?|assess(?:es)?|benchmarks?\\s+for|for evaluating)\\s*$");
    private static final Pattern IS_PART_OF = Pattern.compile("(?s)^\\s*(?:is|are)?\\s*(?:a\\s+)?part of.*");
    private static final Pattern BELONGS = Pattern.compile("(?s)^\\s*(?:belongs?|is in).*");
    private static final Pattern KO_WHICH_WHOLE = Pattern.compile("(?s)^\\s*(?:은|는|이|가)\\s*(?:어느|어떤|무슨|어디).*");
    private static final Pattern PARTS_OF_END = Pattern.compile("(?s).*\\b(?:parts?|members?|components?)\\s+(?:of|in)\\s*$");
    private static final Pattern KO_PARTS = Pattern.compile("(?s)^\\s*(?:의)?\\s*(?:구성|계열|멤버|부분|모델|포함).*|(?s).*(?:으로|로)\\s*(?:구성|이루어).*");
    /** "what is QLoRA made of", "what does OpenVLA consist of": the name is the whole. */
    private static final Pattern MADE_OF = Pattern.compile("(?s)^\\s*(?:is|are)?\\s*(?:made (?:up )?of|composed of|consists? of|comprised of).*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern FAMILY_WORD = Pattern.compile("(?s).*\\b(?:model famil(?:ies)|families)\\b.*|.*어(?:느|떤)\\s*계열.*|.*모델\\s*계열.*");
    private static final Pattern MODEL_WORD = Pattern.compile("(?s).*\\bmodels?\\b.*|.*모델.*");
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?s).*\\bbenchmarks?\\b.*|.*벤치마크.*");
    private static final Pattern METRIC_WORD = Pattern.compile("(?s).*\\bmetrics?\\b.*|.*지표.*");
    private static final Pattern ORGANIZATION_WORD = Pattern.compile("(?s).*\\b(?:organi[sz]ations?|compan(?:y|ies)|labs?|makers?|developers?)\\b.*|.*(?:회사|기관|개발사|기업).*");
    private static final Pattern CONCEPT_WORD = Pattern.compile("(?s).*\\b(?:techniques?|methods?|approaches|concepts?|algorithms?)\\b.*|.*(?:방법|기법|기술|알고리즘).*");
    private static final Pattern QUALIFIER = Pattern.compile("(?i)\\b(LLM|VLM|VLA)s?\\s+(?:models?|모델)|(LLM|VLM|VLA)\\s*모델");
    /** A kind of model named where a type word goes: "which LLMs use RoPE", "VLAs using SigLIP", "어떤 VLM이". */
    private static final Pattern CATEGORY = Pattern.compile("(?i)\\b(LLM|VLM|VLA)s\\b|(?:\\b(?:which|what)\\s+|어떤\\s*|어느\\s*|(?<=[는한된인])\\s+)(LLM|VLM|VLA)(?![A-Za-z\\p{N}-])");
    private static final Pattern YES_NO = Pattern.compile("(?i)^\\s*(?:does|do|did|is|are|was|were|can|has|have)\\b");
    /** A Korean verb ending in a question ("사용하나?", "쓰나요?", "적용되었니"), not a noun with a topic marker ("모델은?"). */
    private static final Pattern KO_YES_NO_END = Pattern.compile("(?:나|니|까|냐|는가|나요|지요|죠|어요|았나|었나)\\s*[?？]*\\s*$");
    private static final Pattern KO_WH = Pattern.compile("(?i)무엇|뭐|뭘|어떤|어느|누가|누구|어디|\\b(?:which|what|who)\\b");
    private static final Pattern APPOSITION = Pattern.compile("(?i)\\s*(models?|benchmarks?|metrics?|methods?|techniques?|모델|벤치마크|지표|기법|방법)(?![A-Za-z\\p{N}])");
    private static final Pattern KO_AMONG = Pattern.compile("\\s*(?:중|가운데)(?![\\p{IsHangul}])");
    private static final Pattern MEMBERS_OF_END = Pattern.compile("(?i)(?:\\b(?:models?|llms|vlms|vlas)\\s+(?:in|of|from)|\\bamong)\\s+(?:the\\s+)?$");
    /** "PPO보다 나은 방법": what is better than the name. */
    private static final Pattern KO_THAN = Pattern.compile("(?s)^보다\\s*(?:더\\s*)?(?:나은|낫|좋|우수|뛰어|개선|발전|향상|빠른|효율).*");

    private final EntityIndex index;

    QuestionParser(EntityIndex index) {
        this.index = index;
    }

    Intent parse(String question) {
        String q = question.strip();
        List<Found> found = new ArrayList<>(findEntities(q));
        String type = typeFilter(withoutAppositions(q, found));
        String difficulty = difficulty(q);
        String qualifier = qualifier(q);
        Matcher category = CATEGORY.matcher(q);
        if (category.find() && found.size() > 1) { // a kind of model where a type word goes, not the concept LLM/VLM/VLA
            int g = category.group(1) != null ? 1 : 2;
            int at = category.start(g);
            found.removeIf(f -> f.start() <= at && at < f.end());
            type = type == null ? "Model" : type;
            qualifier = qualifier == null ? category.group(g).toUpperCase(Locale.ROOT) : qualifier;
        }
        Found within = found.size() >= 2 ? scopingFamily(q, found) : null;
        found.remove(within);
        if (found.isEmpty()) {
            String listed = QUESTIONS.matcher(q).find() ? "Question" : type;
            Kind kind = listed != null && onlyAsksForAList(q) ? Kind.LIST : null;
            return new Intent(kind, found, listed, difficulty, qualifier, null, null);
        }
        Found x = found.get(0);
        String before = q.substring(0, x.start()).toLowerCase(Locale.ROOT);
        String after = (x.particle() + q.substring(x.end())).toLowerCase(Locale.ROOT);
        String rest = before + " " + after;
        Kind kind;
        if (found.size() >= 2 && COMPARE.matcher(q).find()) {
            kind = Kind.COMPARE;
        } else if (found.size() >= 2 && RELATED.matcher(q).find() && !QUESTIONS.matcher(q).find()) {
            kind = Kind.RELATED;
        } else if (CHAIN.matcher(q).find()) {
            kind = Kind.CHAIN;
        } else if (QUESTIONS.matcher(rest).find() && !USE.matcher(rest).find()) {
            kind = Kind.QUESTIONS;
        } else if (x.entry().type().equals("Organization")) {
            kind = Kind.DEVELOPED; // "what models does Meta have", "Google 모델", "Meta": an organization is known by what it made
        } else if (EVAL.matcher(rest).find()) {
            kind = evaluatesDirection(x, before, after);
        } else if (IMPROVE.matcher(rest).find()) {
            kind = objectPosition(before, after, IMPROVE) ? Kind.IMPROVED_BY : Kind.IMPROVES_ON;
        } else if (USE.matcher(rest).find()) {
            kind = objectPosition(before, after, USE) ? Kind.USERS_OF : Kind.USES;
        } else if (PART.matcher(rest).find()) {
            kind = partDirection(x, before, after);
        } else if (DEVELOP.matcher(rest).find()) {
            kind = Kind.DEVELOPER; // after the relation cues: "a model built on LLaMA", "GQA를 사용해 만든 모델"
        } else if (found.size() >= 2) {
            kind = Kind.RELATED;
        } else if (x.entry().type().equals("ModelFamily") && (type != null || IN_THE_END.matcher(before).matches())) {
            kind = Kind.PARTS; // "which models are in the LLaMA family", "LLaMA 계열 모델은?"
        } else if (("Model".equals(type) || "ModelFamily".equals(type)) && x.entry().type().equals("Concept")
                && !DEFINE.matcher(q).find()) {
            kind = Kind.USERS_OF; // "GQA models", "which models are mixture of experts", "MoE 모델"
        } else {
            kind = Kind.DEFINE;
        }
        if (found.size() >= 2 && kind.ordinal() <= Kind.DEVELOPED.ordinal() && isYesNo(q)) {
            return new Intent(kind, found, null, difficulty, qualifier, found.get(1), within);
        }
        return new Intent(kind, found, type, difficulty, qualifier, null, within);
    }

    /**
     * "which LLaMA models use GQA", "GQA를 쓰는 Qwen 모델", "models in the LLaMA family that use RoPE",
     * "LLaMA 계열 중 …": a family named as the scope of the answers narrows them to its members.
     */
    private static Found scopingFamily(String q, List<Found> found) {
        for (Found f : found) {
            if (f.entry().type().equals("ModelFamily") && (APPOSITION.matcher(q).region(f.end(), q.length()).lookingAt()
                    || KO_AMONG.matcher(q).region(f.end(), q.length()).lookingAt()
                    || MEMBERS_OF_END.matcher(q.substring(0, f.start())).find())) {
                return f;
            }
        }
        return null;
    }

    /** "Does LLaMA-2 use GQA?", "Is GQA used in Mistral?", "LLaMA-2는 GQA를 사용하나?": asks whether, not which. */
    private static boolean isYesNo(String q) {
        return YES_NO.matcher(q).find() || KO_YES_NO_END.matcher(q).find() && !KO_WH.matcher(q).find();
    }

    /**
     * The question without its names and the type words that only describe a name beside them
     * ("the π0 model", "POPE 벤치마크는"): those say what the name is, not what the answers must be.
     */
    private static String withoutAppositions(String q, List<Found> found) {
        StringBuilder s = new StringBuilder(q);
        for (Found f : found) {
            blank(s, f.start(), f.end()); // "POPE 벤치마크" found as one name
            if (f.entry().type().equals("ModelFamily") || f.entry().type().equals("Concept")) {
                continue; // "LLaMA 계열 모델", "Qwen models": the members are asked for; "GQA models": its users
            }
            Matcher m = APPOSITION.matcher(q).region(f.end(), q.length());
            if (m.lookingAt()) {
                blank(s, m.start(1), m.end(1));
            }
        }
        return s.toString();
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            s.setCharAt(i, ' ');
        }
    }

    /**
     * True when the name is the object of the cue verb: English puts the object after the verb
     * ("which models use GQA"), except in passives ("GQA is used by"); Korean marks the object
     * with 을/를 or puts it right before the verb without a topic marker ("GQA를 사용하는", "GQA 쓰는 모델").
     */
    private static boolean objectPosition(String before, String after, Pattern cue) {
        String a = after.strip();
        if (KO_OBJECT.matcher(a).matches() || KO_PASSIVE.matcher(a).matches()) {
            return true; // Korean object marker or passive: "GQA를 사용하는 모델", "GQA가 적용된 모델"
        }
        if (BY_END.matcher(before).matches()) {
            return false; // "what is used by Mistral"
        }
        if (KO_TOPIC.matcher(a).matches()) {
            return false; // Korean topic/subject marker: "π0는 무엇을 사용하나"
        }
        if (KO_SUCCESSOR.matcher(a).matches() || KO_CUE_VERB.matcher(a).matches() || KO_THAN.matcher(a).matches()) {
            return true; // "PPO의 후속", "GQA 쓰는 모델", "PPO보다 나은 방법"
        }
        if (cue.matcher(before).find()) {
            return true; // English verb before the name: "which models use GQA"
        }
        // name first: only a passive makes it the object ("GQA is used by …")
        return PASSIVE.matcher(a).matches();
    }

    private static Kind evaluatesDirection(Found x, String before, String after) {
        String type = x.entry().type();
        boolean benchmarkLike = type.equals("Benchmark") || type.equals("Metric");
        String a = after.strip();
        if (KO_OBJECT_EVAL.matcher(a).matches() || IS_EVALUATED.matcher(after).matches()
                || EVAL_VERB_END.matcher(before).matches()) {
            return Kind.EVALUATED_BY;
        }
        if (benchmarkLike) {
            return Kind.EVALUATES;
        }
        return Kind.EVALUATED_BY;
    }

    private static Kind partDirection(Found x, String before, String after) {
        if (IS_PART_OF.matcher(after).matches() || BELONGS.matcher(after).matches()
                || KO_WHICH_WHOLE.matcher(after).matches()) {
            return Kind.PART_OF;
        }
        if (x.entry().type().equals("ModelFamily") || PARTS_OF_END.matcher(before).matches()
                || KO_PARTS.matcher(after).matches() || MADE_OF.matcher(after).matches()) {
            return Kind.PARTS;
        }
        return Kind.PART_OF;
    }

    /** Names in the question: longest spans first, then single words by typo tolerance. */
    List<Found> findEntities(String q) {
        List<int[]> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(q);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".-_/'+".indexOf(q.charAt(end - 1)) >= 0) {
                end--;
            }
            tokens.add(new int[] {m.start(), end});
        }
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[tokens.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < tokens.size(); i++) {
                if (used[i]) {
                    continue;
                }
                for (int n = Math.min(6, tokens.size() - i); n >= 1; n--) {
                    if (anyUsed(used, i, n)) {
                        continue;
                    }
                    String span = q.substring(tokens.get(i)[0], tokens.get(i + n - 1)[1]);
                    if (n == 1 && isStop(span)) {
                        break;
                    }
                    // pass 0: exact names of any length; pass 1: single words with a small typo
                    boolean typos = pass == 1 && n == 1 && EntityIndex.stripParticles(span).length() >= 4;
                    if (pass == 1 && !typos) {
                        continue;
                    }
                    List<EntityIndex.Match> matches = index.resolve(span, typos);
                    boolean accept = !matches.isEmpty();
                    if (accept) {
                        out.add(new Found(span, tokens.get(i)[0], tokens.get(i + n - 1)[1], closest(matches)));
                        for (int k = i; k < i + n; k++) {
                            used[k] = true;
                        }
                        break;
                    }
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static List<EntityIndex.Match> closest(List<EntityIndex.Match> matches) {
        int best = matches.get(0).distance();
        return matches.stream().filter(x -> x.distance() == best).limit(8).toList();
    }

    private static boolean anyUsed(boolean[] used, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (used[k]) {
                return true;
            }
        }
        return false;
    }

    /** Words that ask for a list, or name what is listed ("list the model families", "어떤 벤치마크가 있나?"). */
    private static final Set<String> LIST_WORDS = Set.of("every", "exist", "known", "available", "enumerate", "give", "name",
            "organization", "organizations", "organisation", "organisations", "company", "companies", "lab", "labs", "maker",
            "makers", "developer", "developers", "atlas", "notes", "목록", "종류", "전부", "모두", "모든", "어떤", "어떤게", "무엇", "뭐", "뭐가", "뭐뭐",
            "있나", "있어", "있나요", "있는지", "있습니까", "알려줘", "보여줘", "나열", "나열해줘", "정리", "정리해줘", "모델", "계열", "벤치마크",
            "지표", "회사", "기관", "개발사", "기업", "기법", "방법", "기술", "개념", "질문", "문제", "면접", "쉬운", "중간", "어려운", "목록은");

    /** Whether every word of the question asks for a list or names what is listed: no name, no relation. */
    private static boolean onlyAsksForAList(String q) {
        if (USE.matcher(q).find() || IMPROVE.matcher(q).find() || COMPARE.matcher(q).find()) {
            return false; // "which models use …" with the name missing or unknown
        }
        for (String word : q.split("[\\s?？!.,]+")) {
            String w = EntityIndex.stripParticles(word).toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && !isStop(w) && !LIST_WORDS.contains(w) && !LIST_WORDS.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Cue and type words, removed before a question's topic words are read. */
    private static final List<Pattern> CUES = List.of(EVAL, USE, IMPROVE, PART, DEVELOP, QUESTIONS, KO_WH,
            Pattern.compile("(?i)벤치마크|모델|지표|기법|방법|하는|하나요|하나|할|한|되는|된|있는|좋은|잘|능력|성능"));

    /**
     * The words of a question that asks for things of a type by what they do, with no name of the atlas in it:
     * "coding" of "which benchmarks evaluate coding", "코딩" of "코딩을 평가하는 벤치마크는?"; empty when the question
     * holds nothing else.
     */
    static String topicWords(String q) {
        String rest = q;
        for (Pattern cue : CUES) {
            rest = cue.matcher(rest).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder();
        Matcher m = TOKEN.matcher(rest);
        while (m.find()) {
            String w = EntityIndex.stripParticles(m.group());
            if (!isStop(w) && !LIST_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                out.append(out.isEmpty() ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    /** Whether the question asks about evaluation ("which benchmarks evaluate …", "… 평가하는 지표"). */
    static boolean asksForEvaluation(String q) {
        return EVAL.matcher(q).find();
    }

    static boolean isStop(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return STOP.contains(w) || w.length() < 2 || DIGITS.matcher(w).matches();
    }

    static String typeFilter(String q) {
        String s = q.toLowerCase(Locale.ROOT);
        if (FAMILY_WORD.matcher(s).matches()) {
            return "ModelFamily";
        }
        if (MODEL_WORD.matcher(s).matches()) {
            return "Model";
        }
        if (BENCHMARK_WORD.matcher(s).matches()) {
            return "Benchmark";
        }
        if (METRIC_WORD.matcher(s).matches()) {
            return "Metric";
        }
        if (ORGANIZATION_WORD.matcher(s).matches()) {
            return "Organization";
        }
        if (CONCEPT_WORD.matcher(s).matches()) {
            return "Concept";
        }
        return null;
    }

    private static String difficulty(String q) {
        Matcher m = DIFFICULTY.matcher(q);
        if (!m.find()) {
            return null;
        }
        if (m.group(1) != null) {
            String d = m.group(1).toLowerCase(Locale.ROOT);
            return Character.toUpperCase(d.charAt(0)) + d.substring(1);
        }
        return switch (m.group(2)) {
            case "쉬운" -> "Easy";
            case "중간" -> "Medium";
            default -> "Hard";
        };
    }

    /** "which VLA models …" → "VLA": a word in front of the type word that narrows the answers. */
    private static String qualifier(String q) {
        Matcher m = QUALIFIER.matcher(q);
        if (m.find()) {
            return (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
        }
        return null;
    }
}
