package org.llmatlas.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic corpus of notes shaped like the seeds, for benchmarks at scale: keyword
 * bullets {@code - **ACR (Long Name)**: definition} with relation sentences, model-family surveys
 * {@code - **X 계열 (Org)**: X-1(A, B), …}, benchmark bullets, interview items
 * {@code **Qn. `[Easy]` question**} with answers, and lecture sections with {@code 사용 모델:} and
 * {@code **사용 예시:**} lists. Every note declares new, generated names (so the graph grows with the
 * corpus) and mentions names declared in earlier notes (so relations cross notes). About 20 KB a note.
 *
 * <p>Run as a main to write a folder: {@code SyntheticCorpus OUT_DIR NOTES}.
 */
public final class SyntheticCorpus {
    /** Syllables with distinct initials, so the acronym of a generated name is as unique as the name. */
    private static final String[] SYLLABLES = {"ka", "zo", "ri", "ve", "ta", "mo", "qu", "se", "dra", "pi", "lu", "no",
        "be", "fe", "ga", "ho"};
    private static final String[] KINDS = {"Attention", "Encoding", "Optimizer", "Tokenizer", "Decoding", "Projector",
        "Alignment", "Quantization", "Adapter", "Normalization"};
    private static final String[] ORGS = {"Meta", "Google", "OpenAI", "Alibaba", "Microsoft", "Anthropic", "Mistral AI", "DeepSeek"};
    private static final String[] LEVELS = {"Easy", "Medium", "Hard"};
    private static final String[] FILLER = {
        "학습 안정성과 메모리 사용량 사이의 trade-off를 조절하는 방법임.",
        "긴 context에서도 성능이 유지되도록 설계된 구조로, inference 비용을 줄이는 데 초점을 둠.",
        "작은 모델에서도 효과가 크며, 대규모 pretraining 이후 fine-tuning 단계에서 주로 적용함.",
        "이전 방식의 한계였던 계산량 문제를 완화하고, 병렬화가 쉬워 실제 서빙 환경에서 널리 쓰임.",
        "It reduces the cost per token while keeping quality close to the full baseline on standard benchmarks.",
        "Gradient 분산을 줄여 수렴 속도를 높이며, hyperparameter에 덜 민감한 것이 장점임.",
    };
    private static final int TERMS_PER_NOTE = 40;
    private static final int FAMILIES_PER_NOTE = 3;
    private static final int BENCHMARKS_PER_NOTE = 4;
    private static final int TARGET_BYTES = 21_000;

    private SyntheticCorpus() {}

    public static void main(String[] args) {
        Path dir = write(Path.of(args[0]), Integer.parseInt(args[1]));
        System.out.println("wrote " + args[1] + " notes to " + dir);
    }

    /** Writes {@code notes} notes {@code synthetic-0000.md …} into {@code dir} (created if missing). */
    public static Path write(Path dir, int notes) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < notes; i++) {
                Files.writeString(dir.resolve(String.format("synthetic-%04d.md", i)), note(i), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The acronym of term {@code t} of note {@code n}: the initials of its name's syllables and of its kind. */
    public static String acronym(int n, int t) {
        StringBuilder a = new StringBuilder();
        for (int d : digits(n * TERMS_PER_NOTE + t)) {
            a.append(Character.toUpperCase(SYLLABLES[d].charAt(0)));
        }
        return a + KINDS[t % KINDS.length].substring(0, 1);
    }

    /** The name of model {@code m} of family {@code f} of note {@code n}, e.g. "Kazori-2". */
    public static String model(int n, int f, int m) {
        return family(n, f) + "-" + (m + 1);
    }

    static String note(int n) {
        Random rnd = new Random(1_000_003L * n + 17);
        StringBuilder md = new StringBuilder();
        md.append("# Synthetic Study Note ").append(n).append("\n\n> 생성된 노트: 시드 노트의 구조를 따름.\n\n");
        md.append("## Architecture ").append(n).append("\n\n");
        for (int t = 0; t < TERMS_PER_NOTE; t++) {
            md.append("- **").append(acronym(n, t)).append(" (").append(longName(n, t)).append(")**: ")
                    .append(FILLER[rnd.nextInt(FILLER.length)]).append(' ').append(relationSentence(n, t, rnd)).append('\n');
        }
        md.append("\n## Benchmarks & Evaluation\n\n");
        for (int b = 0; b < BENCHMARKS_PER_NOTE; b++) {
            md.append("- **").append(benchmark(n, b)).append("**: 모델의 ").append(KINDS[b]).append(" 품질을 측정하는 벤치마크. ")
                    .append(FILLER[rnd.nextInt(FILLER.length)]).append('\n');
        }
        md.append("\n## Model Families\n\n");
        for (int f = 0; f < FAMILIES_PER_NOTE; f++) {
            md.append("- **").append(family(n, f)).append(" 계열 (").append(ORGS[rnd.nextInt(ORGS.length)]).append(")**: ");
            List<String> models = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                models.add(model(n, f, m) + "(" + someTerm(n, rnd) + ", " + someTerm(n, rnd) + ")");
            }
            md.append(String.join(", ", models)).append(". ").append(FILLER[rnd.nextInt(FILLER.length)]).append('\n');
        }
        md.append("\n# Interview Questions\n\n");
        int q = 1;
        int lecture = 1;
        while (md.toString().getBytes(StandardCharsets.UTF_8).length < TARGET_BYTES) {
            appendQuestion(md, n, q++, rnd);
            if (q % 8 == 0) {
                appendLecture(md, n, lecture++, rnd);
            }
        }
        return md.toString();
    }

    private static void appendQuestion(StringBuilder md, int n, int q, Random rnd) {
        String a = someTerm(n, rnd);
        String b = someTerm(n, rnd);
        md.append("**Q").append(q).append(". `[").append(LEVELS[rnd.nextInt(3)]).append("]` ").append(a).append("란 무엇이고, ")
                .append(b).append("와 어떻게 다른가?**\n\n");
        md.append(a).append(": ").append(FILLER[rnd.nextInt(FILLER.length)]).append(' ').append(FILLER[rnd.nextInt(FILLER.length)])
                .append("\n\n").append(b).append(": ").append(FILLER[rnd.nextInt(FILLER.length)]).append(' ')
                .append(a).append("는 ").append(b).append("를 사용함.\n\n---\n\n");
    }

    private static void appendLecture(StringBuilder md, int n, int section, Random rnd) {
        md.append("## ").append(section).append(". ").append(longName(n, rnd.nextInt(TERMS_PER_NOTE))).append(" 최적화\n\n");
        md.append(FILLER[rnd.nextInt(FILLER.length)]).append("\n\n사용 모델: ");
        md.append(model(n, 0, rnd.nextInt(4))).append(", ").append(model(n, 1, rnd.nextInt(4))).append(", ")
                .append(model(n, 2, rnd.nextInt(4))).append("\n\n**사용 예시:**\n");
        for (int i = 0; i < 3; i++) {
            md.append("- ").append(model(n, i, rnd.nextInt(4))).append(": ").append(someTerm(n, rnd)).append('\n');
        }
        md.append('\n');
    }

    /** A relation sentence in one of the seeds' forms, naming terms of this note or of recent notes. */
    private static String relationSentence(int n, int t, Random rnd) {
        String other = someTerm(n, rnd);
        return switch (t % 5) {
            case 0 -> model(n, t % FAMILIES_PER_NOTE, rnd.nextInt(4)) + ", " + model(n, (t + 1) % FAMILIES_PER_NOTE, rnd.nextInt(4)) + " 등이 사용함.";
            case 1 -> other + " 기반의 방법임.";
            case 2 -> other + "의 후속으로 제안됨.";
            case 3 -> benchmark(n, t % BENCHMARKS_PER_NOTE) + " 벤치마크로 평가함.";
            default -> other + " 대신 쓰이며 " + other + "보다 우수함.";
        };
    }

    /** A term of this note or of one of the three notes before it. */
    private static String someTerm(int n, Random rnd) {
        int note = Math.max(0, n - rnd.nextInt(4));
        return acronym(note, rnd.nextInt(TERMS_PER_NOTE));
    }

    private static String longName(int n, int t) {
        String w = word(n * TERMS_PER_NOTE + t);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + " " + KINDS[t % KINDS.length];
    }

    private static String family(int n, int f) {
        String w = word(400_000 + n * FAMILIES_PER_NOTE + f);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static String benchmark(int n, int b) {
        String w = word(800_000 + n * BENCHMARKS_PER_NOTE + b);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1) + "Bench";
    }

    /** A pronounceable word, unique per index: the index, scrambled, written with syllables as base-16 digits. */
    private static String word(int index) {
        StringBuilder w = new StringBuilder();
        for (int d : digits(index)) {
            w.append(SYLLABLES[d]);
        }
        return w.toString();
    }

    /** Five base-16 digits of a bijective scramble of {@code index} (odd multiplier mod 16^5). */
    private static int[] digits(int index) {
        long x = (index * 2_654_435_761L) & 0xFFFFF;
        int[] d = new int[5];
        for (int i = 0; i < d.length; i++) {
            d[i] = (int) (x % SYLLABLES.length);
            x /= SYLLABLES.length;
        }
        return d;
    }
}
