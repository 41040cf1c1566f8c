package org.llmatlas.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Types from the sentence: names listed before 같은 or 등 and the word 벤치마크 ("RULER, LongBench 같은 종합 벤치마크를 함께
 * 씀", "GSM8K, MATH 등 수학 벤치마크") are benchmarks, when no section said what they are and no note spelled the name out as
 * something else (GQA, "Grouped Query Attention", stays a technique where a note lists "VQAv2, GQA 같은 벤치마크").
 */
final class BenchmarkLists {
    /** After the last name of the list: spaces (no glued particle), "같은" or "등", perhaps one word, then the head word. */
    private static final Pattern TAIL = Pattern.compile("\\s+(?:같은|등의?)\\s+(?:[^\\s,.·]{2,12}\\s+)?(?:벤치마크|(?i:benchmarks?))");
    private static final Pattern ENGLISH_HEAD = Pattern.compile("(?i)benchmarks?");
    /** Between two names of the list. */
    private static final Pattern GAP = Pattern.compile("(?:와|과|,|및|\\s)+");

    private final Lexicon lexicon;
    private final MentionFinder mentions;

    BenchmarkLists(Lexicon lexicon, MentionFinder mentions) {
        this.lexicon = lexicon;
        this.mentions = mentions;
    }

    /** "VLM은 VQAv2, GQA 같은 벤치마크": a name with a particle glued to it (but 와/과) is the sentence's topic, not one of the list. */
    private static boolean endsOnParticle(String line, Mention m) {
        char last = line.charAt(m.end() - 1);
        return Names.hasHangul(String.valueOf(last)) && last != '와' && last != '과';
    }

    /** Types as benchmarks the concepts a line lists before 벤치마크; a line without the word costs one search. */
    void type(String line) {
        int head = line.indexOf("벤치마크");
        int headEnd = head + 4;
        if (head < 0) {
            Matcher m = ENGLISH_HEAD.matcher(line);
            if (line.indexOf("enchmark") < 0 || !m.find()) {
                return;
            }
            head = m.start();
            headEnd = m.end();
        }
        int kind = Math.max(line.lastIndexOf("같은", head), line.lastIndexOf("등", head));
        if (kind < 0 || head - kind > 16) {
            return; // "B 벤치마크로 평가함": the evaluation types B; only a list closed by 같은/등 is read here
        }
        List<Mention> found = mentions.find(line);
        int last = -1;
        for (int i = 0; i < found.size() && found.get(i).end() <= head; i++) {
            last = i;
        }
        if (last < 0 || Names.hasHangul(line.substring(found.get(last).end() - 1, found.get(last).end())) // "SkimAttention의 벤치마크 결과"
                || !TAIL.matcher(line.substring(found.get(last).end(), headEnd)).matches()) {
            return;
        }
        for (int i = last; i >= 0; i--) {
            Entity e = found.get(i).entity();
            if (e.type().equals(Atlas.Concept) && !Lexicon.isSpelledOut(e)) {
                lexicon.offerType(e, Atlas.Benchmark, Lexicon.RANK_SENTENCE);
            }
            if (i == 0 || !GAP.matcher(line.substring(found.get(i - 1).end(), found.get(i).start())).matches()
                    || endsOnParticle(line, found.get(i - 1))) {
                return;
            }
        }
    }
}
