package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.hasAny;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Cheap necessary conditions of the costly sentence patterns: {@link #mayMatch} says whether a pattern can
 * match at all ("DeepSeek-R1에 사용됨" holds "에" and "됨", as USED_IN needs), so a sentence without the
 * words is not scanned.
 */
final class Gates {
    private Gates() {
    }

    /**
     * A necessary condition of {@code p} finding a match in {@code s}: words or characters every match
     * contains. The patterns that scan a whole sentence at every position are tried only where their
     * gate holds (most sentences have none of their words, and a failed scan costs more than the rest
     * of a rule), so no result changes. A pattern changed later must keep its gate in step;
     * FastPathsTest checks every gate against its pattern on the seed notes and fixtures.
     */
    static boolean mayMatch(Pattern p, String s) {
        if (p == UserClauses.USERS) {
            return s.contains("등") || particleAfterName(s, USER_MARKERS, NO_NOUNS);
        } else if (p == UserClauses.USED_IN) {
            return (s.contains("에") || s.contains("부터")) && hasAny(s, "사용", "채택", "도입", "적용", "활용", "제안", "통합", "탑재", "내장", "지원", "구현", "쓰이", "쓰임", "쓰였", "쓰인", "처음 나", "처음 등장");
        } else if (p == UserClauses.USED_FOR) {
            return s.contains("에") && hasAny(s, "되", "됨", "된", "쓰임", "쓰였", "쓰인");
        } else if (p == UserClauses.LIST_THEN_VERB) {
            return s.indexOf(',') >= 0 && endsWithUseVerb(s);
        } else if (p == UserClauses.SVO_TRAINED) {
            return s.contains("로 ") && hasAny(s, "학습", "훈련", "RL", "fine-tuning", "파인튜닝", "정렬", "post-training");
        } else if (p == UserClauses.SVO_BARE) {
            return endsWithUseVerb(s);
        } else if (p == UserClauses.STANDARD_OF) {
            return s.indexOf(',') >= 0 && s.contains("의") && hasAny(s, "표준", "기본");
        } else if (p == UserClauses.USED_AS) {
            return s.contains("의") && s.contains("로") && hasAny(s, "사용", "채택", "쓰이", "활용");
        } else if (p == UserClauses.OWNED) {
            return s.indexOf('의') >= 0;
        } else if (p == ImprovementRules.FIXES) {
            return hasAny(s, "없애", "없앤", "없앴", "해결", "극복", "보완", "줄이", "줄여", "줄인", "줄임", "완화");
        } else if (p == ImprovementRules.INSTEAD) {
            return s.contains("대신");
        } else if (p == ImprovementRules.EXISTING) {
            return s.contains("기존");
        } else if (p == ImprovementRules.SUCCESSOR) {
            return hasAny(s, "후속", "개선", "확장", "차기", "업그레이드", "다음", "뒤를");
        } else if (p == ImprovementRules.IMPROVED_VERSION) {
            return s.contains("개선");
        } else if (p == EvaluationRules.SCORED_ON) {
            return s.contains("에서") && (hasAny(s, "도달", "달성", "기록", "평가", "측정", "%", "점") || s.contains("보다"));
        } else if (p == ObjectClauses.FEATURE) {
            return hasAny(s, "지원", "제공", "결합", "방식");
        } else if (p == ObjectClauses.INTRODUCED) {
            return hasAny(s, "도입", "채택");
        } else if (p == ObjectClauses.BARE_USED) {
            return hasAny(s, "사용", "적용");
        } else if (p == ObjectClauses.INSTRUMENT) {
            return particleAfterName(s, INSTRUMENT_PARTICLES, INSTRUMENT_NOUNS);
        } else if (p == PartRules.PARTS_ASKED) {
            return s.contains("의") && hasAny(s, "구성", "단계", "구조", "component", "stage");
        } else if (p == ObjectClauses.UNITS_OF) {
            return hasAny(s, "token", "unit", "feature", "embedding", "latent");
        } else if (p == ObjectClauses.MADE_OF) {
            return s.contains("로") && (s.contains("구성") || s.contains("이루어"));
        } else if (p == BaseModels.TRAINED_FROM) {
            return (s.indexOf('을') >= 0 || s.indexOf('를') >= 0) && BaseModels.trainingWord(s);
        } else if (p == BaseModels.FROM_CHECKPOINT) {
            return s.contains("에서") && (s.contains("checkpoint") || s.contains("체크포인트"));
        } else if (p == BaseModels.TRAINING_ON) {
            return s.indexOf('에') >= 0 && hasAny(s, "적용", "돌린", "돌림", "돌려", "얹", "수행");
        } else if (p == ComparedEvaluations.LISTED_SUBJECTS) {
            return s.contains("등") || s.contains("같은") || s.contains("모두");
        } else if (p == ObjectClauses.OBJECT_USED) {
            return particleAfterName(s, OBJECT_PARTICLES, OBJECT_NOUNS);
        }
        return true;
    }

    /** The patterns {@link #mayMatch} has a gate for. */
    static List<Pattern> gatedPatterns() {
        return List.of(UserClauses.USERS, UserClauses.USED_IN, UserClauses.USED_FOR, UserClauses.LIST_THEN_VERB, UserClauses.STANDARD_OF, UserClauses.USED_AS, UserClauses.OWNED, ImprovementRules.FIXES, ImprovementRules.INSTEAD, ImprovementRules.EXISTING, ImprovementRules.SUCCESSOR,
                ImprovementRules.IMPROVED_VERSION, EvaluationRules.SCORED_ON, ObjectClauses.FEATURE, ObjectClauses.INTRODUCED, ObjectClauses.BARE_USED, ObjectClauses.INSTRUMENT, ObjectClauses.OBJECT_USED, PartRules.PARTS_ASKED,
                ObjectClauses.MADE_OF, ObjectClauses.UNITS_OF, BaseModels.TRAINED_FROM, BaseModels.FROM_CHECKPOINT, BaseModels.TRAINING_ON, ComparedEvaluations.LISTED_SUBJECTS);
    }

    /** The particles (and kind nouns before them) that end the NAMES slot of ObjectClauses.INSTRUMENT and ObjectClauses.OBJECT_USED. */
    private static final String[] INSTRUMENT_PARTICLES = {"으로", "로"};
    private static final String[] INSTRUMENT_NOUNS = {"알고리즘", "방식", "모델", "기법", "데이터셋", "데이터", "자료구조", "만"};
    private static final String[] OBJECT_PARTICLES = {"을", "를"};
    /** The markers after a list of users in UserClauses.USERS ("LLaMA, Mistral이 …", "… Qwen2에서 채택"), "등" aside. */
    private static final String[] USER_MARKERS = {"이", "가", "들이", "에서", "도"};
    private static final String[] NO_NOUNS = {};
    private static final String[] OBJECT_NOUNS = {"알고리즘", "방식", "기법", "모델"};

    /**
     * Whether one of {@code particles} followed by a space has a name before it (a character that is not
     * Korean, maybe then spaces and one of {@code nouns}), as a NAMES pattern needs: a cheap test that
     * skips the costly scan of sentences where only Korean words take the particle.
     */
    private static boolean particleAfterName(String text, String[] particles, String[] nouns) {
        for (String p : particles) {
            for (int i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) {
                int end = i + p.length();
                if (end < text.length() && Character.isWhitespace(text.charAt(end)) && nameBefore(text, i, nouns)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nameBefore(String text, int at, String[] nouns) {
        int j = at;
        for (String n : nouns) {
            if (text.startsWith(n, j - n.length())) {
                j -= n.length();
                break;
            }
        }
        while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
            j--;
        }
        return j > 0 && Character.UnicodeScript.of(text.charAt(j - 1)) != Character.UnicodeScript.HANGUL;
    }

    private static final String[] LIST_VERBS = {"채택", "사용", "적용", "구현"};

    /** Whether the sentence can end as {@link UserClauses#LIST_THEN_VERB} needs: a use verb, maybe 함/됨/중, spaces and a full stop. */
    private static boolean endsWithUseVerb(String s) {
        String t = s.stripTrailing();
        t = (t.endsWith(".") ? t.substring(0, t.length() - 1) : t).stripTrailing();
        if (t.endsWith("함") || t.endsWith("됨") || t.endsWith("중")) {
            t = t.substring(0, t.length() - 1);
        }
        for (String verb : LIST_VERBS) {
            if (t.endsWith(verb)) {
                return true;
            }
        }
        return false;
    }
}
