package org.llmatlas.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How names are written in these notes, and how to normalise them: case, space and hyphen
 * variants, Korean particles glued to English names, slash groups and parenthesised qualifiers.
 */
final class Names {
    /** Korean particles and endings that follow an English name directly (the specification {@link #stripParticle} implements by hand). */
    static final Pattern GLUED_TAIL = Pattern.compile(
            "(?<=[\\p{IsLatin}\\p{IsGreek}\\d)\\]])(?:[\\p{IsHangul}]+)$");
    static final Pattern SIZE = Pattern.compile(
            "(?i)\\s*\\((?:~?\\d+(?:\\.\\d+)?\\s*[kmbt]|\\d+x\\d+[kmbt]?|\\d{4}|[^()]*\\b(?:19|20)\\d{2})\\)\\s*$");
    static final Pattern TRAILING_SIZE = Pattern.compile("(?i)(?:\\s+|-)\\d+(?:\\.\\d+)?[bm]$");
    private static final Pattern VERSION_TAIL = Pattern.compile("^(.*?)([-\\s]?)(v?\\d+(?:\\.\\d+)*[a-z]?)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION_ONLY = Pattern.compile("(?i)v?\\d+(?:\\.\\d+)*[a-z]?");
    /** A ViT size then a patch size: "ViT-L/14", "ViT-bigG/14", "ViT-B/32". */
    private static final Pattern PATCH_SIZE = Pattern.compile("(?i)vit-\\w+\\s*/\\s*\\d+(?![\\d.])");
    /** A word naming an edition, not a name of its own: "XL", "Turbo", "Pro". */
    static final Pattern EDITION = Pattern.compile("XL|XXL|Turbo|Pro|Ultra|Max|Mini|Flash|Lite|Plus|Nano|Haiku|Sonnet|Opus");
    /** A version and the capitalised words after it ("3.7 Vision", "2.5 Instruct"). */
    private static final Pattern VERSION_THEN_WORDS = Pattern.compile("(v?\\d+(?:\\.\\d+)*[a-z]?)\\s+(\\p{Lu}[\\p{L}\\d]*(?:\\s\\p{Lu}[\\p{L}\\d]*)?)");

    private Names() {}

    /** Lookup key: NFKC, lower case, without spaces, hyphens, underscores and a trailing "s" of plurals like "LLMs". */
    static String key(String name) {
        String s = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        int same = 0; // the leading characters the key keeps as they are (often all: a key is looked up again)
        while (same < s.length() && keepsAsIs(s.charAt(same))) {
            same++;
        }
        String k = s;
        if (same < s.length()) {
            StringBuilder b = new StringBuilder(s.length()).append(s, 0, same);
            for (int i = same; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '×') {
                    b.append('x'); // "Mixtral 8×7B" is "Mixtral 8x7B"
                } else if (!Character.isWhitespace(c) && "-_‐–—·".indexOf(c) < 0) {
                    b.append(Character.toLowerCase(c));
                }
            }
            k = b.toString();
        }
        return k.indexOf(".0") < 0 ? k : VERSION_ZERO.matcher(k).replaceAll("$1");
    }

    private static boolean keepsAsIs(char c) {
        return !Character.isWhitespace(c) && "-_‐–—·×".indexOf(c) < 0 && Character.toLowerCase(c) == c;
    }

    private static final Pattern VERSION_ZERO = Pattern.compile("(\\d)\\.0(?![\\d.])");

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern SLUG_BREAK = Pattern.compile("[^\\p{L}\\p{N}.]+");
    private static final Pattern SLUG_DOT = Pattern.compile("\\.(?!\\p{N})|(?<!\\p{N})\\.");
    private static final Pattern SLUG_DASHES = Pattern.compile("-{2,}");
    private static final Pattern SLUG_EDGE_DASH = Pattern.compile("^-|-$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SLASH = Pattern.compile("\\s*/\\s*");
    private static final Pattern QUANTITY = Pattern.compile("(?i)\\d+(?:\\.\\d+)?\\s*-?\\s*(?:bits?|bytes?|[kmgt]?b|x|배)");

    /** A readable IRI segment: lower case, words joined by '-', Unicode letters kept. */
    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replace("+", "-plus").replace("&", "-and-").replace("²", "2").replace('π', 'π');
        s = SLUG_BREAK.matcher(s).replaceAll("-");
        s = s.indexOf('.') < 0 ? s : SLUG_DOT.matcher(s).replaceAll("-");
        s = SLUG_DASHES.matcher(s).replaceAll("-");
        s = SLUG_EDGE_DASH.matcher(s).replaceAll("");
        return s.isEmpty() ? "x" : s;
    }

    /**
     * Mathematical notation, never a name: big-O ("O(n)"), a function applied with something glued after it
     * ("softmax(QKᵀ)V", "φ(Q)(φ(K)ᵀV)"), a transpose mark ("QKᵀ").
     */
    static boolean isFormula(String s) {
        return FORMULA.matcher(s).find();
    }

    private static final Pattern FORMULA = Pattern.compile("(?<![\\p{L}\\d])O\\([^)]*\\)|[\\p{L}\\d]\\([^()\\s]*\\)[\\p{L}\\d(]|ᵀ");

    static boolean hasHangul(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            // every Hangul code point is in the BMP at or above U+1100; a surrogate pair is none
            if (c >= 0x1100 && !Character.isSurrogate(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    static boolean startsLatinOrGreek(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        if (first < 0x80) {
            return first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first >= '0' && first <= '9'; // ASCII: Latin, digits or neither
        }
        if (first >= 0xAC00 && first <= 0xD7A3) {
            return false; // a Hangul syllable
        }
        Character.UnicodeScript sc = Character.UnicodeScript.of(s.codePointAt(0));
        return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.GREEK || Character.isDigit(s.codePointAt(0));
    }

    /** {@code Qwen2-VL이} → {@code Qwen2-VL}; {@code GQA를} → {@code GQA}. Hangul-only words are kept. */
    static String stripParticle(String s) {
        String t = s.strip();
        if (!startsLatinOrGreek(t)) {
            return t;
        }
        // GLUED_TAIL by hand: the run of Hangul letters at the end ('$' also matches before a final NEL),
        // removed when a Latin or Greek letter, a digit or a closing bracket stands right before it
        int end = t.charAt(t.length() - 1) == '\u0085' ? t.length() - 1 : t.length();
        int start = end;
        while (start > 0 && Character.UnicodeScript.of(t.codePointBefore(start)) == Character.UnicodeScript.HANGUL) {
            start -= Character.charCount(t.codePointBefore(start));
        }
        if (start == end || start == 0 || !gluesParticle(t.codePointBefore(start))) {
            return familyWordWithoutParticle(t, start, end);
        }
        return (t.substring(0, start) + t.substring(end)).strip();
    }

    private static final java.util.Set<String> FAMILY_PARTICLES = java.util.Set.of("의", "은", "는", "이", "가", "을", "를", "에", "에서", "과", "와", "도", "로", "으로");

    /** "Claude 계열의" → "Claude 계열": a particle after the family word that ends a name (its Hangul run is {@code start..end}). */
    private static String familyWordWithoutParticle(String t, int start, int end) {
        for (String word : new String[] {"계열", "시리즈"}) {
            if (start > 0 && t.charAt(start - 1) == ' ' && t.startsWith(word, start)
                    && FAMILY_PARTICLES.contains(t.substring(start + word.length(), end))) {
                return (t.substring(0, start + word.length()) + t.substring(end)).strip();
            }
        }
        return t;
    }

    /** The lookbehind of {@link #GLUED_TAIL}: what a particle is glued to. */
    private static boolean gluesParticle(int c) {
        Character.UnicodeScript sc = Character.UnicodeScript.of(c);
        return sc == Character.UnicodeScript.LATIN || sc == Character.UnicodeScript.GREEK || c >= '0' && c <= '9' || c == ')' || c == ']';
    }

    /** Removes size and year qualifiers: {@code LLaMA 2 (70B)} → {@code LLaMA 2}; {@code RT-2 (Google 2023)} → {@code RT-2}. */
    static String stripQualifiers(String s) {
        String t = s.strip();
        if (t.indexOf(')') < 0) {
            return t; // SIZE ends in a parenthesis
        }
        String before;
        do {
            before = t;
            int from = sizeStart(t);
            if (from < 0) {
                return t;
            }
            Matcher m = SIZE.matcher(t).region(from, t.length());
            t = (m.find() ? t.substring(0, m.start()) + t.substring(m.end()) : t).strip();
        } while (!t.equals(before));
        return t;
    }

    /**
     * Where a {@link #SIZE} match can start in {@code t}, or -1 when it has none: the group in parentheses it removes
     * closes the text (spaces and a final NEL may follow) and holds no parenthesis, so it opens at the last '(',
     * and the match starts at the spaces before that.
     */
    private static int sizeStart(String t) {
        int j = t.length() - 1;
        if (j >= 0 && t.charAt(j) == '\u0085') {
            j--; // '$' also matches before a final NEL
        }
        while (j >= 0 && isRegexSpace(t.charAt(j))) {
            j--;
        }
        if (j < 0 || t.charAt(j) != ')') {
            return -1;
        }
        int open = t.lastIndexOf('(', j);
        if (open < 0 || t.lastIndexOf(')', j - 1) > open) {
            return -1;
        }
        int start = open;
        while (start > 0 && isRegexSpace(t.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** {@code \s} of a regular expression: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Like {@link #stripQualifiers} and also a trailing parameter count: {@code Mistral 7B} → {@code Mistral}. */
    static String stripSize(String s) {
        return stripTrailingSize(stripQualifiers(s));
    }

    /** {@link #stripSize} of a name {@link #stripQualifiers} has already been applied to. */
    static String stripTrailingSize(String t) {
        if (!endsWithSize(t)) {
            return t; // TRAILING_SIZE needs a digit and a size letter at the end, and then bare == t
        }
        String bare = TRAILING_SIZE.matcher(t).replaceFirst("").strip();
        // "LLaMA-2 7B" is LLaMA-2 at one size; in "Mistral 7B" the size is what names the model
        return bare.chars().anyMatch(Character::isDigit) ? bare : t;
    }

    /** Whether {@code t} ends in a digit and 'b' or 'm' (in either case), perhaps before a final line terminator, as {@link #TRAILING_SIZE} needs. */
    static boolean endsWithSize(String t) {
        int j = t.length() - 1;
        if (j >= 1 && t.charAt(j) == '\n' && t.charAt(j - 1) == '\r') {
            j -= 2;
        } else if (j >= 0 && "\n\r\u0085\u2028\u2029".indexOf(t.charAt(j)) >= 0) {
            j--;
        }
        return j >= 1 && "bBmM".indexOf(t.charAt(j)) >= 0 && t.charAt(j - 1) >= '0' && t.charAt(j - 1) <= '9';
    }

    /**
     * Expands a slash group: {@code LLaMA-2/3} → LLaMA-2, LLaMA-3; {@code Qwen1/1.5/2} → Qwen1, Qwen1.5,
     * Qwen2; {@code MMBench / MMStar} → MMBench, MMStar. A name without a slash is returned alone.
     */
    static List<String> expandSlashes(String s) {
        int aside = s.lastIndexOf(" (");
        if (aside > s.lastIndexOf('/') && s.indexOf('/') > 0 && s.endsWith(")")) {
            // "MPT-7B/30B (MosaicML LLM Foundry)": the aside is said of the group, its versions expand without it
            List<String> out = expandSlashes(s.substring(0, aside));
            out.set(out.size() - 1, out.get(out.size() - 1) + s.substring(aside));
            return out;
        }
        List<String> out = new ArrayList<>();
        int slash = s.indexOf('/');
        int open = slash < 0 ? -1 : s.indexOf('(');
        String[] parts = slash < 0 || open >= 0 && open < slash && s.indexOf(')', slash) > 0 ? new String[] {s} : SLASH.split(s);
        if (parts.length == 1) {
            out.add(s.strip()); // also "Gemini 1.0 (Ultra/Pro/Nano)": the slashes of an aside
            return out;
        }
        Matcher m = VERSION_TAIL.matcher(parts[0].strip());
        String stem = null;
        String sep = "";
        if (m.matches() && !m.group(1).isBlank()) {
            stem = m.group(1);
            sep = m.group(2);
        }
        String first = parts[0].strip();
        int lastSpace = first.lastIndexOf(' ');
        if (stem == null && lastSpace > 0 && EDITION.matcher(first.substring(lastSpace + 1)).matches() && allEditions(parts)) {
            stem = first.substring(0, lastSpace); // "Claude 3 Haiku / Sonnet / Opus": editions of one version
            sep = " ";
        }
        // "Claude 3/3.5/3.7 Vision": a word after the last of the versions describes the group, it is not a version
        Matcher tail = VERSION_THEN_WORDS.matcher(parts[parts.length - 1].strip());
        if (stem != null && tail.matches() && allVersions(parts, 1, parts.length - 1)) {
            parts[parts.length - 1] = tail.group(1);
        }
        if (stem == null && PATCH_SIZE.matcher(s).find()) {
            out.add(s.strip()); // "CLIP ViT-L/14": a patch size after the slash, one name
            return out;
        }
        String last = parts[parts.length - 1].strip();
        int space = last.indexOf(' ');
        if (stem == null && space > 0 && s.indexOf(" /") < 0 && s.indexOf("/ ") < 0 && singleWords(parts, parts.length - 1)) {
            // "Query/Key/Value Projection", "Greedy/Beam Search": words joined by tight slashes share the last one's head noun
            for (int i = 0; i < parts.length - 1; i++) {
                out.add(parts[i].strip() + last.substring(space));
            }
            out.add(last);
            return out;
        }
        out.add(parts[0].strip());
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.isEmpty()) {
                continue;
            }
            // "Gemma 1/2/3"; "Stable Diffusion 1.5/XL": an edition word after a version is the stem's edition too
            out.add(stem != null && (VERSION_ONLY.matcher(p).matches() || EDITION.matcher(p).matches()) ? stem + sep + p : p);
        }
        return out;
    }

    /** The parts after the first are each an edition word ("Sonnet", "Opus"). */
    private static boolean allEditions(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            if (!EDITION.matcher(parts[i].strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code n} parts are each one word opening with a letter ("Query", "Top-k"). */
    private static boolean singleWords(String[] parts, int n) {
        for (int i = 0; i < n; i++) {
            String p = parts[i].strip();
            if (p.isEmpty() || p.indexOf(' ') >= 0 || !Character.isLetter(p.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allVersions(String[] parts, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!VERSION_ONLY.matcher(parts[i].strip()).matches()) {
                return false;
            }
        }
        return true;
    }

    /** The family stem before a version (the specification {@link #stemEnd} implements by hand). */
    static final Pattern STEM = Pattern.compile("^(.*?)(?:[-\\s][A-Za-z])?\\d");

    /** The family stem of a model name: {@code LLaMA-3.1} → {@code llama}, {@code DeepSeek-V2} → {@code deepseek}. */
    static String stemKey(String name) {
        String t = name.strip();
        int end = stemEnd(t);
        return key(end >= 0 ? t.substring(0, end) : name);
    }

    /**
     * Where {@link #STEM}'s lazy group ends: the first index that a digit, or a hyphen or space then an ASCII
     * letter then a digit, starts at, before any line terminator; -1 when there is none.
     */
    private static int stemEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
            if ((c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') && i + 2 < t.length()
                    && isAsciiLetter(t.charAt(i + 1)) && t.charAt(i + 2) >= '0' && t.charAt(i + 2) <= '9') {
                return i;
            }
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1; // '.' stops at a line terminator
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** True when the string looks like a name (not a phrase): short, starts with a Latin/Greek letter or digit. */
    static boolean isNameLike(String s) {
        String t = s.strip();
        if (t.length() < 2 || t.length() > 48 || !startsLatinOrGreek(t) || hasHangul(t)) {
            return false;
        }
        String[] words = SPACES.split(t);
        if (words.length > 5 || t.charAt(0) <= '9' && QUANTITY.matcher(t).matches()) {
            return false; // "4bit", "16 bytes", "2x": a quantity, not a name
        }
        // a phrase in lower case ("sliding window attention") is a name only if it is known; here: needs a capital or digit
        return t.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c)) || t.startsWith("π");
    }

    /** True for an acronym-like short name ("GQA", "RT-2", "π0", "ViT"). */
    static boolean isShortName(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.length() > 12 || t.contains(" ")) {
            return false;
        }
        long upper = t.chars().filter(Character::isUpperCase).count();
        long letters = t.chars().filter(Character::isLetter).count();
        return letters == 0 || upper * 2 >= letters || t.startsWith("π");
    }

    /** Where {@code s} ends before a final line terminator, the one a regular expression's {@code $} may stand before. */
    static int endBeforeFinalTerminator(String s) {
        int n = s.length();
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') {
            return n - 2;
        }
        return n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0 ? n - 1 : n;
    }
}
