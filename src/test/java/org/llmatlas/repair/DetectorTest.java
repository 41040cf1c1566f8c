package org.llmatlas.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorTest {
    private final Detector detector = new Detector();

    /** Clean texts a careless detector would flag: accented Latin, quotes, symbols, emoji. */
    static final List<String> CLEAN_FIXTURES = List.of(
            "A café with a naïve façade; the crème brûlée was passé.",
            "Grüße aus München! Die Straße ist schön, äöü ÄÖÜ ß.",
            "« Où est l’hôtel ? » demanda-t-il. Voilà, déjà vu… “Touché” – c’est très ‘bien’.",
            "Emoji: 🎉🚀👍 ⚡️ ✅ and flags 🇰🇷🇩🇪",
            "Math: ∑ xᵢ ≈ π·r², a → b, x ≤ y ≥ z, ∞ ≠ 0, √2 ≈ 1.414, ±3 °C, α+β=γ",
            "Résumé: “smart quotes” — em dash — and … ellipsis, ©2024 ® ™ € £ ¥ §1 ¶",
            "Ñandú, São Paulo, Ærøskøbing, İstanbul, Łódź, Øresund, Þingvellir",
            "Mixed 한국어 text with café and 🎯 target, 강의 개요 → summary",
            "");

    @Test
    void firesOnTheRealDamagedNoteAndNamesWindows1254() {
        Detection d = detector.detect(Notes.read(Notes.DAMAGED));
        System.out.println(d.evidence());
        assertThat(d.damaged()).isTrue();
        assertThat(d.codePage()).isEqualTo("windows-1254");
        assertThat(d.implausibleChars()).isZero();
    }

    @Test
    void firesOnSimulatedDamageAndNamesTheCodePageOfKoreanNotes() {
        for (String name : Notes.CLEAN) {
            for (String cp : List.of("windows-1252", "windows-1254")) {
                Detection d = detector.detect(Damage.simulate(Notes.read(name), Charset.forName(cp)));
                assertThat(d.damaged()).as(name + " " + cp).isTrue();
                assertThat(d.consistentCodePages()).as(name + " " + cp).contains(cp);
            }
        }
        // Korean-heavy notes carry enough evidence to tell the two code pages apart.
        for (String cp : List.of("windows-1252", "windows-1254")) {
            String damaged = Damage.simulate(Notes.read("further-questions.md"), Charset.forName(cp));
            assertThat(detector.detect(damaged).codePage()).isEqualTo(cp);
        }
    }

    @Test
    void neverFlagsTheCleanNotes() {
        for (String name : Notes.CLEAN) {
            Detection d = detector.detect(Notes.read(name));
            assertThat(d.damaged()).as(name + ": " + d.evidence()).isFalse();
        }
        assertThat(detector.detect(Notes.read("README.md")).damaged()).isFalse();
    }

    @Test
    void neverFlagsCleanFixturesWithAccentsEmojiOrSymbols() {
        for (String text : CLEAN_FIXTURES) {
            Detection d = detector.detect(text);
            assertThat(d.damaged()).as(text + ": " + d.evidence()).isFalse();
        }
    }

    @Test
    void firesOnAFewMojibakeCharacters() {
        Detection d = detector.detect("cafÃ© and naÃ¯ve â€” fine");
        assertThat(d.damaged()).isTrue();
        assertThat(d.reversibleSequences()).isEqualTo(3);
    }

    @Test
    void ignoresASingleMojibakeLookalike() {
        assertThat(detector.detect("An article about the string Ã© itself.").damaged()).isFalse();
    }
}
