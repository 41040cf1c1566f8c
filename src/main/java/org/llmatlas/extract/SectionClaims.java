package org.llmatlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a lecture's section layout claims without a sentence saying it: a comparison label ("### 6.2. GRPO vs PPO",
 * "**Pre-norm vs Post-norm**") then a label giving one side's advantages or why it is better ("**GRPO의 장점:**",
 * "**Pre-norm이 더 나은 이유:**"); a section on a thing's problems and their fixes ("### 6.3. GRPO의 문제점과
 * 개선") whose bold labels name the fixes ("**해결책: GRPO Done Right**", "**DAPO (…)**").
 */
final class SectionClaims {
    /** The two sides of a comparison label: "GRPO vs PPO", "Pre-norm vs. Post-norm". */
    record Versus(String first, String second) {}

    private static final Pattern VERSUS = Pattern.compile("(?i)^\\s*(\\S.*?)\\s+(?:vs\\.?|versus)\\s+(\\S.*?)\\s*[:：?]?\\s*$");
    /** "Pre-norm이 더 나은 이유:", "RoPE가 더 좋은 이유": a reason the side is better, a claim with no trade-off. */
    private static final Pattern WHY_BETTER = Pattern.compile("^\\s*(\\S.*?)(?:이|가)\\s*더\\s*(?:나은|좋은|우수한|뛰어난)\\s*이유\\s*[:：]?\\s*$");
    /** "GRPO의 장점:", "Advantages of GRPO". */
    private static final Pattern ADVANTAGES = Pattern.compile("(?i)^\\s*(?:(\\S.*?)의\\s*장점|advantages\\s+of\\s+(\\S.*?))\\s*[:：]?\\s*$");
    /** "GRPO의 문제점과 개선", "DPO의 한계와 해결 방법", "Problems of X and fixes". */
    private static final Pattern PROBLEMS_AND_FIXES = Pattern.compile(
            "^\\s*(\\S.*?)의\\s*(?:문제점?|한계|단점)(?:과|와|\\s*및)\\s*(?:개선|해결|보완)(?:\\s*(?:방법|방안|책))?\\s*$");
    /** "해결책: GRPO Done Right", "개선안: DAPO": the label of a fix and its name. */
    private static final Pattern FIX_LABEL = Pattern.compile("^\\s*(?:해결책|해결\\s*방법|개선안|개선\\s*방법|대안)\\s*[:：]\\s*(\\S.*?)\\s*$");

    private SectionClaims() {}

    /** The sides a heading or bold label compares, or null. */
    static Versus versus(String label) {
        Matcher m = VERSUS.matcher(label);
        return m.matches() ? new Versus(m.group(1), m.group(2)) : null;
    }

    /** The side a label says is better ("Pre-norm이 더 나은 이유"), or null. */
    static String whyBetter(String label) {
        Matcher m = WHY_BETTER.matcher(label);
        return m.matches() ? m.group(1) : null;
    }

    /** The side whose advantages a label lists ("GRPO의 장점"), or null. */
    static String advantagesOf(String label) {
        Matcher m = ADVANTAGES.matcher(label);
        return !m.matches() ? null : m.group(1) != null ? m.group(1) : m.group(2);
    }

    /** What a heading gives the problems and fixes of ("GRPO의 문제점과 개선" → GRPO), or null. */
    static String problemsAndFixesOf(String heading) {
        Matcher m = PROBLEMS_AND_FIXES.matcher(heading);
        return m.matches() ? m.group(1) : null;
    }

    /** The name a bold label gives a fix: after "해결책:", else the label itself when it is a name and nothing more. */
    static String fixNamed(String label) {
        Matcher m = FIX_LABEL.matcher(label);
        String name = m.matches() ? m.group(1) : label.strip();
        String bare = name.replaceAll("\\s*[(（][^()（）]*[)）]\\s*$", "");
        return Names.startsLatinOrGreek(bare) && !Names.hasHangul(bare) && Names.isNameLike(bare) ? name : null;
    }
}
