package org.llmatlas.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Variants of a known technique written in prose: a version ("ZeRO-3", "FSDP2") or a capitalised
 * edition word ("ZeRO-Offload", "DeepSpeed-Ulysses") after a technique's marked name is a technique of its own, and a
 * size ("Mamba-3B") a model built on it. Without this the mention would be the technique itself ("ZeRO-3" read as ZeRO).
 * Only after a name marked as one (capitals inside or throughout: "ZeRO", "FSDP", "DeepSpeed"), so that plain words
 * ("Stage-2", "Layer-4") name nothing; models have their own editions ({@link ModelEditions}).
 */
final class NameVariants {
    /** A name run with a variant suffix glued on: stem, then the suffix. */
    private static final Pattern VARIANT = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-])(\\p{Lu}[\\p{IsLatin}\\d]*?\\p{IsLatin})(-\\d+(?:\\.\\d+)?[BM]|-\\d+(?:\\.\\d+)*|\\d+|-\\p{Lu}\\p{Ll}{2,})(?![\\p{IsLatin}\\d\\-+]|\\.\\d)");
    /** A stem marked as a name: an inner capital ("ZeRO", "DeepSpeed") or capitals only ("FSDP"). */
    private static final Pattern MARKED_STEM = Pattern.compile("\\p{Ll}\\p{Lu}|^\\p{Lu}{2,}$");
    private static final Pattern SIZE = Pattern.compile("-\\d+(?:\\.\\d+)?[BM]");

    private final Lexicon lexicon;

    NameVariants(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Declares the variants of known techniques the text names. */
    void declare(String text) {
        if (text.indexOf('-') < 0 && !hasDigit(text)) {
            return;
        }
        Matcher m = VARIANT.matcher(text);
        while (m.find()) {
            String stem = m.group(1);
            String suffix = m.group(2);
            boolean size = SIZE.matcher(suffix).matches();
            if (!size && !MARKED_STEM.matcher(stem).find() || ModelEditions.describes(suffix.substring(1))
                    || Character.isDigit(suffix.charAt(0)) && stem.length() < 3) {
                continue; // not "AI21": digits glued on need a stem of three letters or more ("FSDP2")
            }
            lexicon.find(stem).filter(e -> e.type().equals(Atlas.Concept)).ifPresent(technique -> {
                String name = stem + suffix;
                if (lexicon.find(name).filter(e -> !e.equals(technique)).isEmpty()) {
                    lexicon.declare(name, size ? Atlas.Model : Atlas.Concept, Lexicon.RANK_SENTENCE);
                }
            });
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
