package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * The pieces the sentence rules share: where a clause starts and ends ({@code CLAUSE_START}, {@code CLAUSE_END}),
 * the English names before a Korean particle ({@code NAME}, {@code NAMES}: "Prefix caching, LoRA serving을"), the
 * use verbs, and small tests on a sentence or an entity ({@link #hasAny}, {@link #lastPhrase}: "현재 decoder-only
 * LLM의 표준 GQA" → "GQA", {@link #isModelKind}: "VLM").
 */
final class Clauses {
    private Clauses() {
    }

    /** Where a clause starts: at the start, or after . : ; ( ) — not after the dot of a version ("Qwen2.5가"). */
    static final String CLAUSE_START = "(?:^|(?<=[:;()])|(?<=\\.)(?!\\d))";
    /** A character inside a clause: not . : ; ( ), except the dot of a version ("Llama 3, Qwen2.5가 … 채택함"). */
    static final String CLAUSE_CHAR = "(?:[^.:;()]|\\.(?=\\d))";
    static final String USE_VERB = "(?:사용|채택|도입|활용|적용|이용|(?<![채선])택)"; // "MoE 구조를 택함": chose (not "선택", selecting)

    /** An English name, possibly several words or a slash group, as it stands before a Korean particle. */
    static final String NAME = "([\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?)";
    /** A comma or "와/과" list of such names ("Prefix caching, LoRA serving, speculative decoding"). */
    static final String NAMES = "((?:[\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?(?:\\s*,\\s*|(?:와|과)\\s+|\\s+또는\\s+))*"
            + "[\\p{IsLatin}π][^\\s,:;()\\p{IsHangul}]*(?:[ /][\\p{IsLatin}\\d][^\\s,:;()\\p{IsHangul}]*){0,3}?)";

    /** The end of the clause a comparison is made in. */
    static final Pattern CLAUSE_END = Pattern.compile("[.;]\\s|(?<=[\\p{IsHangul})])\\s*,\\s|[.;]$|(?:하며|이며|하고|으며|되며|며)\\s");
    /** "A는 …", "A가 …": the explicit subject of a comparison, with its Korean topic or subject marker. */
    static final Pattern SUBJECT_MARKED = Pattern.compile("([\\p{IsLatin}π][^\\s,()]*(?:\\s[\\p{IsLatin}\\d][^\\s,()]*){0,2}?)(?:\\(\\d[^()]*\\))?(?:은|는|이|가)(?=\\s)");

    /** A short Korean label a sentence opens with: "결과: ", "Q13 보충: ", "- 참고: ". */
    private static final Pattern KOREAN_LABEL = Pattern.compile("^(?:[-*]\\s+)?(?=[^:：]*\\p{IsHangul})[^\\s:：]+(?:\\s[^\\s:：]+)?\\s*[:：]\\s+");

    /** The sentence after a short Korean label ("Q13 보충: PaLM 540B는 …" → "PaLM 540B는 …"), else the sentence as it is. */
    static String withoutLabel(String s) {
        Matcher m = KOREAN_LABEL.matcher(s.strip());
        return m.lookingAt() ? s.strip().substring(m.end()) : s;
    }

    static final Pattern PARENTHESES = Pattern.compile("\\s*[(（][^()（）]*[)）]");
    static final Pattern ARROW = Pattern.compile("\\s*(?:→|->|⇒)\\s*");

    static final Pattern SPACES = Pattern.compile("\\s+");

    static final String[] USE_CUES = {"사용", "채택", "도입", "활용", "적용", "이용", "택하", "택함", "택한", "택했"};

    static boolean hasAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where the clause holding {@code at} begins: after the last sentence or clause break before it. */
    static int clauseStart(String s, int at) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(s);
        while (end.find() && end.end() <= at) {
            start = end.end();
        }
        return start;
    }

    /** {@code ARROW.matcher(s).find()}, without the regex (this runs on every sentence). */
    static boolean hasArrow(String s) {
        return s.indexOf('→') >= 0 || s.indexOf('⇒') >= 0 || s.contains("->");
    }

    static List<String> topLevelCommaSplit(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (c == ',' && depth <= 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    static final Pattern MODEL_ACRONYM = Pattern.compile("(?i)(?:m|s)?llms?|vlms?|vlas?|lms?|mllms?|lmms?");
    static final Pattern MODEL_KIND = Pattern.compile("(?i)(?:m|s)?llms?|vlms?|vlas?|lms?|mllms?|lmms?|.*\\bmodels?|.*모델");

    /** A kind of model ("VLM", "VLA", "LLM", "Language Model"): its representatives are instances, not users. */
    static boolean isModelKind(Entity e) {
        return MODEL_KIND.matcher(e.label()).matches();
    }

    static boolean isMeasure(Entity e) {
        return e.type().equals(Atlas.Benchmark) || e.type().equals(Atlas.Metric);
    }

    private static final Pattern LIST_JOINER = Pattern.compile("(?:와|과|의)$");

    /** The name-like tail of a clause: "현재 decoder-only LLM의 표준 GQA" → "GQA". */
    static String lastPhrase(String clause) {
        String[] words = SPACES.split(clause.strip());
        int start = words.length;
        // "Qwen2.5-32B에 outcome": a word with a particle glued on (other than 와/과/의) ends the clause before the phrase
        while (start > 0 && Names.startsLatinOrGreek(words[start - 1]) && words.length - start < 4
                && (start == words.length || !Names.hasHangul(LIST_JOINER.matcher(words[start - 1]).replaceFirst("")))) {
            start--;
        }
        return start == words.length ? clause.strip() : String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }
}
