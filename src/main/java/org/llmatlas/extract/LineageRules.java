package org.llmatlas.extract;

import static org.llmatlas.extract.Clauses.ARROW;
import static org.llmatlas.extract.Clauses.PARENTHESES;
import static org.llmatlas.extract.Clauses.SPACES;
import static org.llmatlas.extract.Clauses.hasArrow;
import static org.llmatlas.extract.Clauses.lastPhrase;
import static org.llmatlas.extract.Clauses.topLevelCommaSplit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.llmatlas.vocab.Atlas;

/**
 * Lines of succession: an arrow chain "LLaVA-1.0 → LLaVA-1.5 → LLaVA-NeXT", a version chain "LLaVA(1.0→1.5→NeXT)",
 * "MHA → MQA → GQA 순으로 발전함", "InternVL 2/2.5/3로 발전", "Linear → MLP projector": each improves on the one before.
 */
final class LineageRules {
    /** "32K(LLaMA-2)", "~70%(GPT-4)": a value with the model it belongs to in parentheses (not the size in "Mistral 7B(GQA)"). */
    private static final Pattern VALUE_OF = Pattern.compile("(?:^|(?<![\\p{IsLatin}\\d.\\-])\\s)[~≈]?\\d+(?:\\.\\d+)?\\s*[KMBTkmbt%x]?\\s*[(（]");
    /** A name ending on its version number: "RWKV-6", "Llama 3". */
    private static final Pattern VERSIONED_NAME = Pattern.compile("\\p{IsLatin}[-\\s]?v?\\d+(?:\\.\\d+)*$");
    private static final Pattern LINEAGE_ITEM = Pattern.compile("^(.*?)\\s*[(（]([^()（）]+)[)）]\\s*(.*)$");

    private static final Pattern DEVELOPED = Pattern.compile(
            "([\\p{IsLatin}][^\\s,()/]*(?:\\s?[^\\s,()/]+)?(?:\\s*/\\s*[\\w.]+)+)\\s*(?:로|으로)?\\s*(?:발전|진화)");

    /** "LLaVA 계열 모델의 발전 과정(1.0→1.5→NeXT)": a parenthesised chain of bare versions of the name before it. */
    private static final Pattern VERSION_CHAIN = Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d\\-.]*)(?:\\s*계열)?[^()（）.→]*?[(（]\\s*(v?\\d+(?:\\.\\d+)*\\s*(?:→|->)[^()（）]*)[)）]");

    private static final Pattern BARE_VERSION = Pattern.compile("v?\\d+(?:\\.\\d+)*[a-z]?|\\p{Lu}[\\p{L}\\d]*");

    private final SlotNames slots;
    private final MentionFinder mentions;

    LineageRules(SlotNames slots, MentionFinder mentions) {
        this.slots = slots;
        this.mentions = mentions;
    }

    /** "A → B → C" between models or benchmarks of one line of succession: each improves on the one before. */
    void lineage(String s, Entity context, int line, List<Relation> out) {
        if (!hasArrow(s)) {
            return;
        }
        String rest = s; // without its version chains
        if (mayHoldVersionChain(s)) {
            Matcher chain = VERSION_CHAIN.matcher(s);
            StringBuilder without = new StringBuilder();
            while (chain.find()) {
                // "(1.0→1.5→NeXT)" after "LLaVA": the versions of that name, read as a lineage of their own
                String stem = chain.group(1);
                List<String> versions = new ArrayList<>();
                for (String v : ARROW.split(chain.group(2).strip())) {
                    String bare = v.strip();
                    versions.add(!BARE_VERSION.matcher(bare).matches() ? bare : stem + (Character.isDigit(bare.charAt(0)) ? " " : "-") + bare);
                }
                lineageOf(String.join(" → ", versions), false, line, out);
                chain.appendReplacement(without, "");
            }
            rest = chain.appendTail(without).toString();
        }
        // "MHA → MQA → GQA 순으로 발전함": the sentence says that each developed from the one before
        boolean developed = DEVELOPED_IN_ORDER.matcher(rest).find();
        boolean ordered = !developed && ORDER_OF_MODELS.matcher(rest).find();
        // "MMLU → MMLU-Pro, GSM8K → MATH": a comma outside parentheses ends one chain and starts the next
        for (String segment : topLevelCommaSplit(rest)) {
            if (hasArrow(segment)) {
                // a chain the sentence calls a development or an order ends where its clause does; an order of known models only
                segment = developed || ordered ? withoutClauseAfter(segment) : segment;
                lineageOf(versionsNamed(segment), developed || ordered && allKnownModels(segment), line, out);
                replacedBy(segment, context, out);
            }
        }
    }

    /**
     * "LLaVA → 1.5 → NeXT → OneVision": after a name, a chain of bare versions (one of them a number) names
     * versions of that name ("LLaVA-1.5", "LLaVA-NeXT"); "MHA → MQA → GQA" names no version and is left as it is.
     */
    static String versionsNamed(String segment) {
        String[] items = ARROW.split(segment.strip());
        String[] head = SPACES.split(items[0].strip());
        String stem = head[head.length - 1];
        if (items.length < 2 || !Names.startsLatinOrGreek(stem) || Names.hasHangul(stem)) {
            return segment;
        }
        boolean numbered = false;
        StringBuilder b = new StringBuilder(items[0]);
        for (int i = 1; i < items.length; i++) {
            String bare = items[i].strip();
            if (!BARE_VERSION.matcher(bare).matches()) {
                return segment;
            }
            boolean number = Character.isDigit(bare.charAt(bare.charAt(0) == 'v' && bare.length() > 1 ? 1 : 0));
            numbered |= number;
            b.append(" → ").append(stem).append('-').append(bare); // the form the notes write ("LLaVA-1.5"), which a label keeps
        }
        return numbered ? b.toString() : segment;
    }

    /**
     * "Linear → MLP projector": the bare word before the arrow is the same kind of thing (Linear Projector), replaced;
     * said in a model's bullet, the model is the one that made the change and uses the replacement.
     */
    private void replacedBy(String segment, Entity context, List<Relation> out) {
        String[] items = ARROW.split(PARENTHESES.matcher(segment).replaceAll(""));
        for (int i = 0; i + 1 < items.length; i++) {
            String[] left = items[i].strip().split("\\s+");
            String[] right = items[i + 1].strip().split("\\s+");
            String bare = left[left.length - 1];
            if (right.length < 2 || !Names.startsLatinOrGreek(bare) || Names.hasHangul(bare)) {
                continue;
            }
            int head = 1;
            while (head < right.length && !Names.hasHangul(right[head])) {
                head++;
            }
            String newer = String.join(" ", java.util.Arrays.copyOf(right, head));
            Optional<Entity> old = slots.lexicon().find(bare + " " + Names.stripParticle(right[head - 1]));
            Optional<Entity> replacement = slots.lexicon().find(newer);
            if (head >= 2 && old.isPresent() && replacement.isPresent() && !old.equals(replacement)
                    && !old.get().isModelLike() && !replacement.get().isModelLike()) {
                out.add(new Relation(replacement.get(), Atlas.improvesOn, old.get(), Emitter.STATED, "replaced-by"));
                if (context != null && context.isModelLike()) {
                    out.add(new Relation(context, Atlas.uses, replacement.get(), Emitter.STATED, "replaced-by"));
                }
            }
        }
    }

    /** A parenthesis opening on a version ({@code [(（]\s*v?\d}): where {@link #VERSION_CHAIN} can match at all. */
    static boolean mayHoldVersionChain(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '(' || s.charAt(i) == '（') {
                int j = i + 1;
                while (j < s.length() && " \t\n\u000B\f\r".indexOf(s.charAt(j)) >= 0) {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == 'v') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    return true;
                }
            }
        }
        return false;
    }

    /** "… 순으로 발전함", "발전 과정:", "evolved": an arrow chain stated as a development, whatever its nodes are. */
    private static final Pattern DEVELOPED_IN_ORDER = Pattern.compile("(?i)순(?:으로|서로)\\s*(?:발전|진화|개선)|(?:발전|진화)\\s*(?:과정|순서)|evolv");
    /** "RT-1 → RT-2 → OpenVLA → π0 순서", "… → LLaVA-NeXT 로 이어지면서" (not a pipeline "로 이어지는"): an order, a development only of known models. */
    private static final Pattern ORDER_OF_MODELS = Pattern.compile("\\S\\s+순서(?:로|\\.|\\s|$)|\\S\\s*(?:로|으로)\\s*이어(?:지면서|져|졌|짐)");

    /**
     * "A → B → LLaVA-NeXT 로 이어지면서 connector는 …(x → y)": the chain ends at the first word opening in Korean after its last
     * arrow outside parentheses ("SFT → RM 학습 → PPO 최적화" keeps its middle item; "MLP projector로" its particle). One pass.
     */
    static String withoutClauseAfter(String segment) {
        int depth = 0;
        int lastArrow = -1;
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            depth += c == '(' || c == '（' ? 1 : c == ')' || c == '）' ? -1 : 0;
            if (depth <= 0 && (c == '→' || c == '>' && i > 0 && segment.charAt(i - 1) == '-')) {
                lastArrow = i;
            }
        }
        int wordStart = -1;
        for (int i = lastArrow + 1; lastArrow >= 0 && i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = i;
            } else if (i == wordStart + 1 && wordStart > lastArrow + 1 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL) {
                return segment.substring(0, wordStart);
            }
        }
        return segment;
    }

    /** Every item of the chain is a known model ("RT-1 → RT-2 → OpenVLA → π0"), not a step ("ASR → LLM → TTS"). */
    private boolean allKnownModels(String segment) {
        for (String item : ARROW.split(segment)) {
            List<Mention> found = mentions.find(Clauses.lastPhrase(PARENTHESES.matcher(item).replaceAll("").strip()));
            if (found.isEmpty() || !found.get(found.size() - 1).entity().isModelLike()) {
                return false;
            }
        }
        return true;
    }

    /** @param developed the sentence states the chain as a development: techniques count, not only versions of one line */
    private static final Pattern DATE_NOTE = Pattern.compile("\\s*[(（](?:19|20)\\d\\d(?:[.\\-/]\\d{1,2}){0,2}[)）]");

    private static final Pattern SIZE_NOTE = Pattern.compile("\\s*[(（]\\d+(?:\\.\\d+)?[BMT](?:\\s*[/~,\\-]\\s*\\d+(?:\\.\\d+)?[BMT])*[)）]");

    private void lineageOf(String s, boolean developed, int line, List<Relation> out) {
        // "QwQ-32B-Preview(2024.11) → QwQ-32B(2025.03)": a date noted after each name is no part of it
        // "StarCoder(15.5B) → StarCoder2(3B/7B/15B)": so are the sizes it comes in
        String[] items = ARROW.split(s.indexOf('(') < 0 ? s : SIZE_NOTE.matcher(DATE_NOTE.matcher(s).replaceAll("")).replaceAll(""));
        for (String item : items) {
            if (VALUE_OF.matcher(item).find()) {
                return; // "32K(LLaMA-2) → 128K(LLaMA-3)": a trend of a value across models, not a line of succession
            }
        }
        List<Entity> chain = new ArrayList<>();
        for (String raw : items) {
            String item = raw.strip();
            Matcher paren = LINEAGE_ITEM.matcher(item);
            Optional<Entity> node = Optional.empty();
            String features = null; // "Mistral 7B(GQA, SWA)": what the model of the item is noted with
            // not "softmax(QKᵀ)V 대신 …"; "RWKV-6(Finch)": a versioned name's parentheses hold its other name or its notes
            boolean versioned = paren.matches() && VERSIONED_NAME.matcher(paren.group(1)).find();
            if (versioned && !Names.isFormula(item)) {
                item = paren.group(1);
                features = otherName(paren.group(2)) ? null : paren.group(2);
            } else if (paren.matches() && !Names.isFormula(item)) {
                // "AnyRes+고해상도(LLaVA-NeXT)": a few words of features, then the model noted with them (not a clause:
                // "MMBench는 같은 문제를 … 모두 맞아야 정답으로 침(CircularEval)"); "(Acme, 2023)": a citation names no model
                boolean clause = SPACES.split(paren.group(1).strip()).length > 4;
                node = clause || SlotNames.CITED_YEAR.matcher(paren.group(2)).find() ? Optional.empty()
                        : slots.resolve(paren.group(2), Atlas.Model, line).filter(Entity::isModelLike);
                if (node.isPresent()) {
                    Entity model = node.get();
                    for (String part : slots.splitPlus(paren.group(1))) {
                        slots.resolve(lastPhrase(part), Atlas.Concept, line).filter(c -> !c.isModelLike())
                                .ifPresent(c -> out.add(new Relation(model, Atlas.uses, c, Emitter.STATED, "lineage-feature")));
                    }
                } else {
                    item = paren.group(1);
                    features = paren.group(2);
                }
            }
            if (node.isEmpty()) {
                String phrase = lastPhrase(item);
                List<Mention> found = mentions.find(phrase);
                node = found.stream().map(Mention::entity).reduce((a, b) -> b);
                if (!found.isEmpty() && found.get(found.size() - 1).end() < phrase.length() && Names.isNameLike(phrase)) {
                    // "LLaVA 1.0" while only "LLaVA" is known yet: the versioned name, not the family
                    Optional<Entity> whole = slots.resolve(phrase, Atlas.Model, line);
                    node = whole.isPresent() ? whole : node;
                }
            }
            if (node.isEmpty()) {
                node = slots.resolve(lastPhrase(item), chain.isEmpty() ? Atlas.Model : chain.get(chain.size() - 1).type(), line);
            }
            if (node.isEmpty() || !chain.isEmpty() && !developed && !sameLine(chain.get(chain.size() - 1), node.get())) {
                chain.clear();
            }
            if (node.isEmpty() || !developed && !isSuccessionNode(node.get())) {
                continue;
            }
            if (!chain.isEmpty()) {
                out.add(new Relation(node.get(), Atlas.improvesOn, chain.get(chain.size() - 1), Emitter.STATED, "lineage"));
            }
            chain.add(node.get());
            if (features != null && node.get().isModelLike()) {
                noted(node.get(), features, out);
            }
        }
    }

    /** "Finch" of "RWKV-6(Finch)": one name nothing declared, the versioned model's other name rather than a note on it. */
    private boolean otherName(String inParentheses) {
        String t = inParentheses.strip();
        return t.indexOf(' ') < 0 && t.indexOf(',') < 0 && Names.isNameLike(t) && slots.lexicon().find(t).isEmpty();
    }

    private static final Pattern SIZE_WORD = Pattern.compile("(?i)~?\\d+(?:\\.\\d+)?\\s*[kmbt]?");

    /** "Mistral 7B(GQA, SWA) → Mixtral 8x7B(MoE)": the known techniques a lineage notes after a model are what it uses. */
    private void noted(Entity model, String features, List<Relation> out) {
        for (String item : features.split("[,，]")) {
            if (!Names.hasHangul(item) && !SIZE_WORD.matcher(item.strip()).matches()) {
                slots.lexicon().find(item.strip()).filter(c -> c.type().equals(Atlas.Concept) && !c.equals(model))
                        .ifPresent(c -> out.add(new Relation(model, Atlas.uses, c, Emitter.STATED, "lineage-feature")));
            }
        }
    }

    /** "InternVL 2/2.5/3로 발전": a slash group of versions that developed one from the other. */
    void versionsDeveloped(String s, int line, List<Relation> out) {
        Matcher m = DEVELOPED.matcher(s);
        while (m.find()) {
            List<String> versions = Names.expandSlashes(m.group(1));
            Entity previous = null;
            for (String v : versions) {
                Entity e = slots.resolve(v, Atlas.Model, line).orElse(null);
                if (previous != null && e != null && sameLine(previous, e)) {
                    out.add(new Relation(e, Atlas.improvesOn, previous, Emitter.STATED, "versions-developed"));
                }
                previous = e;
            }
        }
    }

    private static boolean isSuccessionNode(Entity e) {
        return e.isModelLike() || e.type().equals(Atlas.Benchmark);
    }

    /**
     * Two names of one line of versions: the same family stem ("LLaVA-1.0" → "LLaVA-1.5",
     * "MMLU" → "MMLU-Pro") or the same family. A trend across different things
     * ("GSM8K → MATH → AIME") is not a succession.
     */
    /**
     * "Wren-1, Wren-2, Wren-3 순으로 발전함", "o1-preview, o1, o3 순으로 출시됨": each named after another improves on it; a
     * release order counts for versions of one line, a development for any names.
     */
    private static final Pattern IN_ORDER = Pattern.compile(
            "(?:^|(?<=[:;]))\\s*([\\p{IsLatin}π](?:[^.:;()]|\\.(?=\\d))*?(?:,\\s*[\\p{IsLatin}π](?:[^.:;(),]|\\.(?=\\d))*)+)\\s*(?:의\\s*)?순(?:으로|서로)\\s*(발전|진화|개선|출시|등장|공개|나옴|나왔)");
    /** "Orca-1에서 Orca-2로 발전했고": the second name grew out of the first. */
    private static final Pattern FROM_TO = Pattern.compile(
            "(?:^|(?<=[\\s,(]))" + Clauses.NAME + "에서\\s+" + Clauses.NAME + "(?:으로|로)\\s*(?:발전|진화|업그레이드)");

    void ordered(String s, int line, List<Relation> out) {
        Matcher m = IN_ORDER.matcher(s);
        while (m.find()) {
            boolean developed = !Clauses.hasAny(m.group(2), "출시", "등장", "공개", "나옴", "나왔");
            Entity previous = null;
            for (String name : slots.splitList(m.group(1))) {
                Entity e = slots.resolve(name, Atlas.Model, line).orElse(null);
                if (previous != null && e != null && !e.equals(previous) && (developed ? e.isModelLike() == previous.isModelLike() : sameLine(previous, e))) {
                    out.add(new Relation(e, Atlas.improvesOn, previous, Emitter.STATED, "in-order"));
                }
                previous = e;
            }
        }
        Matcher f = FROM_TO.matcher(s);
        while (f.find()) {
            Optional<Entity> from = slots.resolve(f.group(1), Atlas.Model, line);
            Optional<Entity> to = slots.resolve(f.group(2), Atlas.Model, line);
            if (from.isPresent() && to.isPresent() && !from.equals(to) && from.get().isModelLike() == to.get().isModelLike()) {
                out.add(new Relation(to.get(), Atlas.improvesOn, from.get(), Emitter.STATED, "developed-from"));
            }
        }
    }

    static boolean sameLine(Entity a, Entity b) {
        String sa = Names.stemKey(a.label());
        String sb = Names.stemKey(b.label());
        boolean sameStem = !sa.isEmpty() && (sa.equals(sb) || Names.key(b.label()).startsWith(Names.key(a.label()))
                || sa.length() >= 3 && sb.startsWith(sa) && !sa.equals(Names.key(a.label()))); // "LLaVA-1.5" → "LLaVA-NeXT"
        return sameStem || a.family != null && a.family == b.family;
    }
}
