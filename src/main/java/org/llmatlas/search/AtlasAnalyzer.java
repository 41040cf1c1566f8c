package org.llmatlas.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanReadingFormFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer.DecompoundMode;

/**
 * Nori for Korean (compounds split into their parts, particles and endings dropped) and Porter
 * stemming for the English words mixed into the same sentences ("Grouped" and "group" meet).
 */
final class AtlasAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
        KoreanTokenizer tokenizer = new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, null,
                DecompoundMode.DISCARD, false, true);
        TokenStream s = new KoreanPartOfSpeechStopFilter(tokenizer);
        s = new KoreanReadingFormFilter(s);
        s = new LowerCaseFilter(s);
        return new TokenStreamComponents(tokenizer, new PorterStemFilter(s));
    }
}
