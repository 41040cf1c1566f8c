package org.llmatlas.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.llmatlas.vocab.Atlas;

/**
 * The second pass over one note: writes its topics, keyword entities, questions and relations,
 * each with evidence, into the note's graph. Entities were declared corpus-wide beforehand.
 */
final class DocumentExtractor {
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final java.util.regex.Pattern TRAILING_RULES = java.util.regex.Pattern.compile("(?s)\\s*(?:---\\s*)+$");
    private static final java.util.regex.Pattern URI_SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    /** The parenthesis closing a name, without a year: "Google" of "RT-1 (Google 2022)". */
    private static final java.util.regex.Pattern MAKER = java.util.regex.Pattern.compile("[(（]\\s*([^()（）]+?)[,\\s]*(?:(?:19|20)\\d\\d)?\\s*[)）]\\s*$");
    /** A bold role head before a list: "**Backbone VLM:**", "**Vision encoder:**". */
    private static final java.util.regex.Pattern ROLE_HEAD = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:backbone|base|vision|language|action)(?:\\s+[\\p{IsLatin}]+)?\\s*[:：]\\s*");
    /** "구성 요소는 아래와 같음", "구조는 다음과 같다", "구성:": the list that follows names parts. */
    private static final java.util.regex.Pattern PARTS_FOLLOW = java.util.regex.Pattern.compile(
            "(?:구성\\s*요소|구성|구조)(?:는|은)?\\s*(?:아래와|다음과)\\s*같|(?:구성\\s*요소|구성|구조)\\s*[:：]\\s*$");

    private final Note note;
    private final Lexicon lexicon;
    private final Declarations declarations;
    private final MentionFinder mentions;
    private final BenchmarkLists benchmarkLists;
    private final RelationRules rules;
    private final SlotNames slots;
    private final Emitter out;
    private final NoteRecorder recorder;
    private final LabelledLines labelled;
    private final ModelLists modelLists;
    private final DiagramReader diagrams;
    private final SectionClaimReader claims;
    private final Map<String, Integer> topicSlugs = new HashMap<>();
    private final Deque<Resource> topics = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();
    /** Per open heading, innermost first, the one thing it is about (its subject, else its single last name), or null. */
    private final Deque<Optional<Entity>> headingThings = new ArrayDeque<>();
    private int questions;
    /** The model whose parts the list after "구성 요소는 아래와 같음" names (under its name heading), else null. */
    private Entity listWhole;
    /** The model a bold role label ("**Backbone VLM:**") under its name heading says the next list items serve, else null. */
    private Entity roleList;
    /** The last keyword of the section whose definition speaks of stages ("Stage 1에서는 …"): the whole its stage bullets belong to. */
    private Entity staged;
    /** The type of what the last usage item ("- 사용 모델:") lists in the items nested below it, and its depth; null outside one. */
    private Resource itemUsage;
    private int itemUsageDepth;
    /** The keyword of the last term item and its list depth: the sub-items beneath it ("- 예시: …", "- 평가: …") are about it. */
    private Entity keyword;
    private int keywordDepth = Integer.MAX_VALUE;
    /** Reading the answer of a question. */
    private boolean answering;
    /** The family a heading over its models names ("## 2. BERT 계열의 증류 모델"), and that heading's level; null when none is open. */
    private Entity headingFamily;
    private int headingFamilyLevel;

    DocumentExtractor(Note note, Lexicon lexicon, Emitter out) {
        this.note = note;
        this.lexicon = lexicon;
        this.declarations = new Declarations(lexicon);
        this.mentions = new MentionFinder(lexicon);
        this.benchmarkLists = new BenchmarkLists(lexicon, mentions);
        this.rules = new RelationRules(lexicon, mentions);
        this.slots = rules.slots();
        this.out = out;
        this.recorder = new NoteRecorder(note, lexicon, out);
        this.labelled = new LabelledLines(note, lexicon, mentions, slots, recorder);
        this.modelLists = new ModelLists(note, lexicon, mentions, slots, out, recorder);
        this.diagrams = new DiagramReader(note, lexicon, rules, recorder);
        this.claims = new SectionClaimReader(note, lexicon, recorder);
    }

    Set<Entity> referenced() {
        return recorder.referenced();
    }

    int questions() {
        return questions;
    }

    List<String> unresolved() {
        return rules.unresolved();
    }

    void run(List<Block> blocks) {
        NameVariants variants = new NameVariants(lexicon);
        for (Block b : blocks) {
            variants.declare(b.raw()); // "ZeRO-3", "FSDP2", "ZeRO++" after the known ZeRO, FSDP: techniques of their own
        }
        String section = "";
        boolean skip = false;
        Resource usageList = null; // the type of what a usage list names, null outside one
        Entity evaluationList = null; // the subject a list under "평가:" evaluates, null outside one
        List<Entity> focus = List.of();
        Entity subject = null;
        Entity itemAsked = null; // "1. **RoPE를 설명하라.**" over its answer paragraphs: what the numbered question asks about
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.HEADING || b.depth() == 0 && b.kind() != Block.Kind.TABLE || b.kind() == Block.Kind.ITEM && b.depth() == 1) {
                itemAsked = b.kind() == Block.Kind.ITEM && b.ordered() && !skip ? askedInItem(b.raw()) : null;
            }
            switch (b.kind()) {
                case HEADING -> {
                    Layout.QuestionHead asked = skip ? null : Layout.headingQuestion(b.raw());
                    if (asked != null) {
                        i = question(asked, b, blocks, i); // "### Q8. [Medium] …" then its answer: an item of the section
                        continue;
                    }
                    section = b.raw();
                    skip = Layout.isSkipSection(Layout.headingLabel(section));
                    usageList = null;
                    itemUsage = null;
                    evaluationList = null;
                    staged = null;
                    keyword = null;
                    listWhole = null;
                    roleList = null;
                    if (!skip) {
                        heading(b);
                        Entity family = familyHeading(Layout.headingName(b.raw()));
                        if (headingFamily != null && b.level() <= headingFamilyLevel) {
                            headingFamily = null;
                        }
                        Entity over = family != null ? family : familyOfModelsIn(Layout.headingName(b.raw()));
                        if (over != null) {
                            headingFamily = over;
                            headingFamilyLevel = b.level();
                        }
                        focus = headingFocus(b.raw());
                        subject = headingSubject(b.raw());
                        headingThings.pop();
                        headingThings.push(Optional.ofNullable(subject != null ? subject : focus.size() == 1 ? focus.get(0) : null));
                        claims.heading(Layout.headingName(b.raw()));
                        if (family != null || subject != null) { // "## 2. RT 계열 (Google DeepMind)", "### RT-2 (Google 2023)"
                            developer(family != null ? family : subject, Layout.headingName(b.raw()), b.line(), note.line(b.line()));
                        }
                        if (subject != null && subject.type().equals(Atlas.Model)) {
                            recorder.reference(subject, b.line()); // "### 2.1. RT-1" under "## 2. RT 계열 (Google)": placed in its family
                        }
                    }
                }
                case PARAGRAPH -> {
                    if (skip) {
                        continue;
                    }
                    Layout.QuestionHead q = Layout.question(b.raw());
                    if (q != null) {
                        i = question(q, b, blocks, i);
                        continue;
                    }
                    String link = Layout.linkOnly(b.raw());
                    if (link != null && !topics.isEmpty()) {
                        out.plain(topics.peek(), RDFS.seeAlso, out.resource(resolveLink(link)));
                        continue;
                    }
                    usageList = Layout.usageHeadType(b.raw());
                    evaluationList = subject != null && EvaluationLists.isHead(b.raw()) ? subject : null;
                    String bold = Layout.boldOnly(b.raw());
                    listWhole = subject != null && PARTS_FOLLOW.matcher(stripMarkdown(b.raw())).find() ? subject : null;
                    roleList = subject != null && bold != null && ROLE_HEAD.matcher(bold).matches() ? subject : null;
                    if (bold != null) {
                        Entity fixer = claims.label(stripMarkdown(bold), blocks, i, b.line(), subject);
                        Entity named = SectionClaims.problemsAndFixesOf(stripMarkdown(bold)) != null ? null : labelSubject(bold);
                        focus = named == null ? focus : List.of(named);
                        if (fixer != null && named != null && !named.equals(fixer)) {
                            focus = List.of(named, fixer); // "**해결책: Shared Expert**" in DeepSeek-MoE's section: its users use both
                        }
                    }
                    // "### 4.1. π0" then "PaliGemma VLM 위에 …를 붙인 구조": prose under a name heading is about that name
                    prose(b.raw(), b.line(), subject != null || b.depth() == 0 ? subject : itemAsked);
                }
                case TABLE -> {
                    if (!skip) {
                        modelLists.table(b);
                        modelLists.noteCells(b).forEach(c -> prose(c.text(), c.line(), c.subject())); // "| Qwen2-VL | … | M-RoPE 도입 |"
                    }
                }
                case DIAGRAM -> {
                    if (!skip) {
                        Block label = i > 0 && blocks.get(i - 1).kind() == Block.Kind.PARAGRAPH ? blocks.get(i - 1) : null;
                        diagrams.read(b, label, focus.size() == 1 ? focus.get(0) : subject, enclosingSubjects());
                    }
                }
                case ITEM -> {
                    if (skip || Layout.isLinkList(b.raw())) {
                        continue;
                    }
                    if (itemUsage != null && b.depth() <= itemUsageDepth) {
                        itemUsage = null;
                    }
                    Resource usageItem = Layout.usageItemType(b.raw());
                    if (usageItem != null) {
                        itemUsage = usageItem; // "- 사용 모델:" then the users, one item each, nested below it
                        itemUsageDepth = b.depth();
                    } else if (itemUsage != null && b.depth() == itemUsageDepth + 1) {
                        labelled.usage(b, focus, itemUsage);
                    } else if (usageList != null && b.depth() == 1) {
                        labelled.usage(b, focus, usageList);
                    } else if (evaluationList != null && b.depth() == 1) {
                        rules.evaluationItems(stripMarkdown(b.raw()), evaluationList, b.line()).forEach(r -> recorder.relation(r, b.line(), note.line(b.line())));
                    } else if (roleList != null && b.depth() == 1) {
                        labelled.rolesServed(stripMarkdown(b.raw()), roleList, roleList.equals(listWhole), b.line());
                    } else {
                        Entity over = b.depth() == 1 ? subject : b.depth() > keywordDepth ? keyword : null;
                        item(b, section, over == null && b.depth() > 1 ? itemAsked : over);
                    }
                }
            }
        }
    }

    private void heading(Block b) {
        while (!levels.isEmpty() && levels.peek() >= b.level()) {
            levels.pop();
            topics.pop();
            headingThings.pop();
        }
        String label = Layout.headingLabel(b.raw());
        String slug = Names.slug(label);
        int n = topicSlugs.merge(slug, 1, Integer::sum);
        Resource topic = out.resource(Atlas.TOPIC + note.name() + "/" + (n == 1 ? slug : slug + "-" + n));
        out.plain(topic, RDF.type, Atlas.Topic);
        out.plain(topic, RDFS.label, out.text(label));
        out.plain(topic, Atlas.document, out.document);
        out.plain(topic, Atlas.line, out.integer(b.line()));
        out.plain(topic, Atlas.level, out.integer(b.level()));
        if (!topics.isEmpty()) {
            out.stated(topic, Atlas.partOf, topics.peek(), b.line(), note.line(b.line()), Emitter.IMPLIED, "heading-nesting");
        }
        topics.push(topic);
        levels.push(b.level());
        headingThings.push(Optional.empty());
    }

    /**
     * The entity a heading is about when the heading is its name and nothing more ("### 4.1. OpenVLA",
     * "## π0 (Physical Intelligence)"): the bullets beneath state what it uses, improves on or is
     * evaluated by without naming it again ("- Prismatic VLM 기반", "- π0의 개선 버전"). A heading that
     * names a topic in words ("### 2.1. Position Embeddings 개요") has none.
     */
    private Entity headingSubject(String heading) {
        String named = Names.stripQualifiers(Layout.headingName(heading));
        if (YEAR_HEADING.matcher(named).matches()) {
            return null; // "### 2024" of a timeline: when, not what
        }
        Matcher described = DESCRIBED_NAME.matcher(named);
        if (described.matches() && lexicon.find(named).isEmpty()) {
            named = described.group(1); // "Slide 9: Mamba — Selective SSM": the name before a spaced dash, described after it
        }
        // "### 2.2. DiT (Diffusion Transformer)": a name with its long name, or another aside, is that name
        String label = named.indexOf('(') > 0 && mentions.find(named).size() != 1 ? Lexicon.withoutParenthesis(named) : named;
        List<Mention> found = mentions.find(label);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == label.length()) {
            Entity e = found.get(0).entity();
            // "### 4.1. Lark-1" under "## 4. Lark 계열 (Acme Labs)": a versioned name of a known family is a model of it
            return e.type().equals(Atlas.Concept) && LabelledLines.VERSIONED_HEADING.matcher(label).matches() && lexicon.familyOf(label).isPresent()
                    ? lexicon.declare(label, Atlas.Model, Lexicon.RANK_SECTION) : e;
        }
        // "### 2.3. RT-1-X": a heading that is a versioned name alone names a model even before anything declared it
        return found.isEmpty() && LabelledLines.VERSIONED_HEADING.matcher(label).matches() ? labelled.answerTerm(label) : null;
    }

    private static final java.util.regex.Pattern YEAR_HEADING = java.util.regex.Pattern.compile("(?:19|20)\\d\\d(?:년|\\s*[-~–]\\s*(?:19|20)?\\d\\d)?");

    /** A heading's name and, after a spaced dash, what it is: "Mamba — Selective SSM", "OpenVLA – 오픈소스 VLA". */
    private static final java.util.regex.Pattern DESCRIBED_NAME = java.util.regex.Pattern.compile("([^—–]+?)\\s+[—–]\\s+\\S.*");

    /**
     * "RT 계열 (Google DeepMind)", "LLaMA 계열", "GPT series": a heading that names a model family, with its maker or by a
     * marked name (an inner capital, a digit, capitals only); its models are named beneath. Not "Sampling 계열", a kind.
     */
    private static final java.util.regex.Pattern FAMILY_HEADING = java.util.regex.Pattern.compile(
            "([\\p{IsLatin}π][\\p{IsLatin}\\d\\-.]*)\\s*(?:계열|family|series|시리즈)\\s*([(（][^()（）]+[)）])?");
    private static final java.util.regex.Pattern MARKED_FAMILY_NAME = java.util.regex.Pattern.compile("\\p{Lu}{2,}[\\d\\-]*|.*(?:[\\dπ]|\\p{Ll}\\p{Lu}).*");

    /** The family such a heading names (declared, with its maker as an organization), or null. */
    private Entity familyHeading(String name) {
        Matcher m = FAMILY_HEADING.matcher(name);
        if (!m.matches() || m.group(2) == null && !MARKED_FAMILY_NAME.matcher(m.group(1)).matches()) {
            return null;
        }
        Matcher maker = MAKER.matcher(name);
        if (maker.find()) {
            lexicon.declare(maker.group(1), Atlas.Organization, Lexicon.RANK_SECTION);
        }
        return lexicon.declareFamily(m.group(1) + " 계열");
    }

    /** "BERT 계열의 증류 모델", "LLaMA 계열 파생 모델": a heading over models of a known family, named by its stem. */
    private static final java.util.regex.Pattern MODELS_OF_FAMILY = java.util.regex.Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d\\-.]*)\\s*(?:계열|시리즈)(?:의)?\\s+(?:[^\\s]+\\s+){0,2}?모델들?");

    private Entity familyOfModelsIn(String heading) {
        Matcher m = MODELS_OF_FAMILY.matcher(heading);
        return m.find() ? lexicon.find(m.group(1) + " 계열").filter(f -> f.type().equals(Atlas.ModelFamily)).orElse(null) : null;
    }

    /**
     * "- **DistilBERT (Hugging Face)**: …" under "## BERT 계열의 증류 모델": a model whose name holds the family's stem, one of its
     * models ("MiniLM" there names no BERT, and is left alone).
     */
    private void placeUnderFamilyHeading(Entity e) {
        if (headingFamily == null || e.family != null || !e.type().equals(Atlas.Model)) {
            return;
        }
        String stem = Names.key(FAMILY_TAIL.matcher(headingFamily.label()).replaceAll(""));
        if (!stem.isEmpty() && Names.key(e.label()).contains(stem)) {
            lexicon.setFamily(e, headingFamily);
        }
    }

    private static final java.util.regex.Pattern FAMILY_TAIL = java.util.regex.Pattern.compile("(?i)\\s*(?:family|계열)$");

    private void item(Block b, String section, Entity subject) {
        Layout.Term t = Layout.term(b.raw());
        if (t != null || b.depth() <= keywordDepth) {
            keyword = null;
            keywordDepth = Integer.MAX_VALUE;
        }
        if (t != null) {
            List<Entity> entities = declarations.declareTerm(t, section);
            entities.forEach(this::placeUnderFamilyHeading);
            if (entities.size() == 1) {
                keyword = entities.get(0);
                keywordDepth = b.depth();
            }
            for (Entity e : entities) {
                keyword(e, t, b);
            }
            if (Layout.stageName(t.name()) != null) {
                if (staged != null && entities.size() == 1) {
                    recorder.relation(new Relation(entities.get(0), Atlas.partOf, staged, Emitter.IMPLIED, "stage-of"), b.line(), note.line(b.line()));
                }
            } else if (entities.size() == 1 && Layout.speaksOfStages(t.definition())) {
                staged = entities.get(0);
            }
            if (entities.size() == 1 && entities.get(0).type().equals(Atlas.ModelFamily)
                    && (Layout.isFamilySection(section) || Declarations.namesFamily(t.name()))) {
                modelLists.family(entities.get(0), t, b);
            } else if (OTHERS.matcher(t.name()).matches() && Layout.isFamilySection(section)) {
                modelLists.family(null, t, b); // "**기타**: DBRX(…), Jamba(Mamba layer와 MoE layer …)": models of no one family
            }
            return;
        }
        for (Layout.Term side : Layout.pairedVersus(b.raw())) {
            // "MT-Bench vs Chatbot Arena — GPT-4 judge가 채점 vs 사람 투표 기반 Elo rating": each half is said of its name
            Optional<Entity> named = lexicon.find(side.name());
            if (named.isPresent()) {
                prose(side.definition(), b.line(), named.get());
            }
        }
        Entity headed = namedHead(b.raw());
        if (headed != null && subject != null && subject.isModelLike() && b.depth() > 1 && headed.type().equals(Atlas.Concept)) {
            // "- Naive Dynamic Resolution: …" under "- **Qwen2-VL** (…)": a technique heading a model's sub-item is the model's
            recorder.relation(new Relation(subject, Atlas.uses, headed, Emitter.STATED, "feature-head"), b.line(), note.line(b.line()));
            headed = null;
        } else if (headed != null) {
            // "- **DeepSeek-V2** (2024.05, 236B)", "- BGE-M3 (BAAI)": its sub-items ("- MLA 도입", "- GQA 사용") are about it
            keyword = headed;
            keywordDepth = b.depth();
        }
        List<String> topicNames = Layout.topicList(b.raw());
        if (!topicNames.isEmpty() && !topics.isEmpty()) {
            for (String name : topicNames) {
                // "Mistral / Mixtral Family": a known family named as a topic is that family
                Entity e = lexicon.find(name).filter(x -> x.type().equals(Atlas.ModelFamily))
                        .orElseGet(() -> lexicon.declare(name, Atlas.Concept, Lexicon.RANK_DEFAULT));
                recorder.reference(e, b.line());
                developer(e, name, b.line(), note.line(b.line()));
                out.stated(recorder.res(e), Atlas.partOf, topics.peek(), b.line(), note.line(b.line()), Emitter.IMPLIED, "topic-list");
            }
            return;
        }
        // "- **Flamingo** (DeepMind, 2022.04) — …", "- Mistral NeMo: …": what follows the head is said of the thing it names
        prose(b.raw(), b.line(), headed != null ? headed : subject);
    }

    /** The known thing a bullet names and nothing more but an aside ({@link Layout#nameHead}), or null. */
    private Entity namedHead(String raw) {
        String head = Layout.nameHead(raw);
        List<Mention> found = head == null ? List.of() : mentions.find(head);
        if (found.size() != 1 || found.get(0).start() != 0 || found.get(0).end() != head.length()
                || found.get(0).entity().type().equals(Atlas.Organization)) {
            return null;
        }
        Entity e = found.get(0).entity();
        if (e.family == null && e.type().equals(Atlas.Model) && head.indexOf(' ') > 0) {
            // "- Plover Small 3 (24B)" under the Plover family: the family's name and an edition, one of its models
            lexicon.find(head.substring(0, head.indexOf(' ')) + " 계열").filter(f -> f.type().equals(Atlas.ModelFamily))
                    .ifPresent(f -> lexicon.setFamily(e, f));
        }
        return e;
    }

    private void keyword(Entity e, Layout.Term t, Block b) {
        recorder.reference(e, b.line());
        String quote = note.line(b.line());
        if (!t.definition().isEmpty()) {
            out.stated(recorder.res(e), SKOS.definition, out.text(stripMarkdown(t.definition())), b.line(), quote, Emitter.STATED, "keyword-definition");
        }
        if (!topics.isEmpty()) {
            out.stated(recorder.res(e), Atlas.partOf, topics.peek(), b.line(), quote, Emitter.IMPLIED, "keyword-in-section");
        }
        String note = Lexicon.parenthesisNote(Lexicon.clean(t.name()));
        developer(e, Lexicon.clean(t.name()), b.line(), quote);
        if (note != null && !e.isModelLike()) {
            // "Q-Former (BLIP-2)", "Hierarchical Planning (SayCan 등)": known models named beside a technique use it
            for (Entity model : slots.exampleModels(note, e)) {
                java.util.Optional.of(model).ifPresent(
                        m -> recorder.relation(new Relation(m, Atlas.uses, e, Emitter.IMPLIED, "term-example-model"), b.line(), quote));
            }
        }
        String[] pair = Lexicon.aliasPair(Lexicon.clean(t.name()));
        String longName = pair != null ? pair[1] : note;
        if (longName != null && !e.isModelLike()) {
            // "QLoRA (Quantized LoRA)", "M-RoPE (Multimodal RoPE)": a name built on another technique's name, spelled out
            // (not "Mamba (Selective SSM)", a kind named)
            UseRules.qualifiedName(longName).filter(q -> Names.key(e.label()).contains(Names.key(q))).flatMap(lexicon::find)
                    .filter(x -> !x.equals(e) && !x.isModelLike())
                    .ifPresent(x -> recorder.relation(new Relation(e, Atlas.uses, x, Emitter.IMPLIED, "qualified-name"), b.line(), quote));
        }
        prose(t.definition(), b.line(), e);
        Entity owner = note == null || !t.definition().contains("+") ? null
                : lexicon.find(note).filter(x -> !x.equals(e) && !x.isModelLike()).orElse(null);
        for (String sentence : owner == null ? List.<String>of() : Layout.sentences(stripMarkdown(t.definition()))) {
            for (Relation r : rules.composedInOwner(sentence, e, owner, b.line())) {
                recorder.relation(r, b.line(), quote);
            }
        }
        if (t.name().contains(" vs")) {
            for (String sentence : Layout.sentences(stripMarkdown(t.definition()))) {
                for (Relation r : rules.versus(t.name(), sentence)) {
                    recorder.relation(r, b.line(), quote);
                }
            }
        }
    }

    /**
     * "LLaMA 계열 (Meta)", "RT-1 (Google 2022)", "- Whisper (OpenAI)": a name followed by an organization the notes
     * know (one named as a family's maker), with or without a year, was developed there.
     */
    private void developer(Entity e, String name, int line, String quote) {
        Matcher m = MAKER.matcher(name);
        if (!m.find() || e.type().equals(Atlas.Organization)) {
            return;
        }
        lexicon.find(m.group(1)).filter(o -> o.type().equals(Atlas.Organization))
                .ifPresent(o -> recorder.relation(new Relation(e, Atlas.developedBy, o, Emitter.STATED, "name-organization"), line, quote));
    }

    /** "기타", "그 외", "Others": the bullet of a family survey that lists models of no family. */
    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile("(?i)기타(?:\\s*모델)?|그\\s*외|others?|etc\\.?");

    private int question(Layout.QuestionHead q, Block b, List<Block> blocks, int index) {
        questions++;
        recorder.newUnit();
        Resource question = out.resource(Atlas.QUESTION + note.name() + "-q" + q.number());
        int end = index + 1;
        while (end < blocks.size() && blocks.get(end).kind() != Block.Kind.HEADING && Layout.question(blocks.get(end).raw()) == null) {
            end++;
        }
        int lastLine = end < blocks.size() ? blocks.get(end).line() - 1 : Integer.MAX_VALUE;
        out.plain(question, RDF.type, Atlas.Question);
        out.plain(question, RDFS.label, out.text("Q" + q.number() + ". " + stripMarkdown(q.text())));
        out.plain(question, Atlas.text, out.text(stripMarkdown(q.text())));
        out.plain(question, Atlas.number, out.integer(q.number()));
        out.plain(question, Atlas.difficulty, out.model.createLiteral(q.difficulty()));
        out.plain(question, Atlas.answer, out.text(answerText(b.line() + 1, lastLine)));
        out.plain(question, Atlas.document, out.document);
        out.plain(question, Atlas.line, out.integer(b.line()));
        String quote = note.line(b.line());
        if (!topics.isEmpty()) {
            out.stated(question, Atlas.partOf, topics.peek(), b.line(), quote, Emitter.IMPLIED, "question-in-section");
        }
        // "VLA란 무엇이고 …": the name a question asks about is a concept even before any note declares it
        String asked = stripMarkdown(q.text());
        // "MFU는 무엇을 재나?": what a question asks the measure of is a metric
        Resource askedType = MEASURE_ASKED.matcher(asked).find() ? Atlas.Metric : Atlas.Concept;
        askedName(asked).or(() -> askedTerm(asked)).or(() -> AskedNames.opening(asked))
                .filter(n -> lexicon.find(n).filter(e -> !askedType.equals(Atlas.Metric) || !e.type().equals(Atlas.Concept)).isEmpty())
                .ifPresent(n -> lexicon.declare(n, askedType, Lexicon.RANK_SENTENCE));
        // "ColBERT의 late interaction이란?": a phrase the question asks to define
        java.util.regex.Matcher defined = DEFINED.matcher(asked);
        if (defined.find() && lexicon.find(defined.group(1)).isEmpty()) {
            lexicon.declare(SlotNames.titleCase(defined.group(1)), Atlas.Concept, Lexicon.RANK_SENTENCE);
        }
        for (java.util.regex.Matcher a = ASKED_ACRONYM.matcher(stripMarkdown(q.text())); a.find(); ) {
            if (lexicon.find(a.group()).isEmpty()) {
                lexicon.declare(a.group(), Atlas.Concept, Lexicon.RANK_DEFAULT); // what it is, its answer may say
            }
        }
        List<Entity> about = new ArrayList<>(new LinkedHashSet<>(mentions.find(q.text()).stream().map(Mention::entity).toList()));
        for (Entity e : about) {
            recorder.reference(e, b.line());
            out.stated(question, Atlas.about, recorder.res(e), b.line(), quote, Emitter.STATED, "question-mentions");
        }
        // a question states what it presupposes: "A가 B보다 … 높은 이유는?", "LLaVA 계열의 발전 과정(1.0→1.5→NeXT)"
        for (Relation r : rules.apply(stripMarkdown(q.text()), null, b.line())) {
            recorder.relation(r, b.line(), quote);
        }
        Entity context = about.isEmpty() || about.size() > 2 && !opensWith(asked, about.get(0)) ? null : about.get(0);
        // "DPO를 쓴 대표 모델?", "어떤 모델이 채택했나?": the answer's items open with the models that use the question's subject
        Entity usersAsked = context != null && !context.isModelLike() && USERS_ASKED.matcher(asked).find() ? context : null;
        // "QLoRA의 세 가지 핵심 구성 요소는?": the answer's terms are parts of what the question names;
        // "구조:" in the answer before a list: the listed terms are parts of the question's subject
        Entity partsAsked = rules.partsAskedOf(stripMarkdown(q.text()), b.line()).orElse(null);
        Entity whole = partsAsked;
        // "Context 길이 확장 기법을 비교하면?": a comparison that names fewer than two things compares the answer's terms
        boolean comparesTerms = about.size() < 2 && COMPARES.matcher(q.text()).find();
        // "Long context 성능은 어떻게 평가하나?": what the answer says is used evaluates the question's subject
        Entity evaluated = context != null && EVALUATION_ASKED.matcher(stripMarkdown(q.text())).find() ? context : null;
        Entity limited = null; // the model of the last answer item whose description ends on a limitation
        answering = true;
        for (int j = index + 1; j < end; j++) {
            Block a = blocks.get(j);
            if (a.kind() == Block.Kind.TABLE) {
                modelLists.table(a);
                if (whole != null) {
                    tableParts(a, whole); // "ZeRO의 세 stage는 …?" over "| ZeRO-1 | optimizer state |": the rows' names are its parts
                }
                continue;
            }
            if (evaluated != null) {
                boolean opening = a.kind() == Block.Kind.PARAGRAPH; // "RewardBench — …로 측정함" opening the answer
                for (String sentence : Layout.sentences(stripMarkdown(a.raw()))) {
                    rules.usedToEvaluate(sentence, evaluated, opening, a.line()).forEach(r -> recorder.relation(r, a.line(), note.line(a.line())));
                    opening = false;
                }
            }
            if (usersAsked != null && a.kind() == Block.Kind.ITEM) {
                answerUser(a, usersAsked);
            }
            Layout.Term t = Layout.term(a.raw());
            if (t != null) {
                if (whole != null) {
                    for (Relation r : rules.answerPart(t.name(), whole, a.line())) {
                        recorder.relation(r, a.line(), note.line(a.line()));
                    }
                }
                // "**Stage 2 — RL-CAI**: …": the definition is about the stage's own name
                String stage = Layout.stageName(t.name());
                Entity termEntity = labelled.answerTerm(stage != null ? stage : t.name());
                if (comparesTerms && termEntity != null && !about.contains(termEntity)) {
                    about.add(termEntity);
                    recorder.reference(termEntity, a.line());
                    out.stated(question, Atlas.about, recorder.res(termEntity), b.line(), quote, Emitter.IMPLIED, "question-compares-terms");
                }
                if (limited != null && termEntity != null && termEntity.isModelLike() && !termEntity.equals(limited)
                        && LineageRules.sameLine(limited, termEntity)) {
                    // "**RT-1**: … 단, generalization 어려움." then "**RT-2**: …": the next version answers the limitation
                    recorder.relation(new Relation(termEntity, Atlas.improvesOn, limited, Emitter.IMPLIED, "next-version-after-limit"), a.line(), note.line(a.line()));
                }
                limited = termEntity != null && termEntity.isModelLike() && LIMITATION.matcher(t.definition()).find() ? termEntity : null;
                if (termEntity == null && !Names.startsLatinOrGreek(t.name())) {
                    prose(a.raw(), a.line(), context); // "**문제점:** …\n**대안:** GRPO — …": labelled lines, read one by one
                } else {
                    prose(t.definition(), a.line(), termEntity != null ? termEntity : context);
                }
            } else {
                if (a.kind() != Block.Kind.ITEM) {
                    whole = context != null && COMPONENTS_HEAD.matcher(stripMarkdown(a.raw())).matches() ? context : partsAsked;
                    Matcher plus = partsAsked == null ? null : PARTS_SENTENCE.matcher(stripMarkdown(a.raw()));
                    if (plus != null && plus.lookingAt()) {
                        // "RAG의 구성 요소는?" answered "retriever + generator. …": the sentence lists the parts
                        for (String part : plus.group(1).split("\\s*\\+\\s*")) {
                            List<Relation> found = rules.answerPart(part, partsAsked, a.line());
                            if (found.isEmpty() && PLAIN_WORD.matcher(part).matches()) {
                                // "retriever + generator": a plain word listed as a part names a component
                                Entity c = lexicon.declare(SlotNames.titleCase(part), Atlas.Concept, Lexicon.RANK_SENTENCE);
                                found = List.of(new Relation(partsAsked, Atlas.uses, c, Emitter.STATED, "answer-part"),
                                        new Relation(c, Atlas.partOf, partsAsked, Emitter.IMPLIED, "answer-part"));
                            }
                            found.forEach(r -> recorder.relation(r, a.line(), note.line(a.line())));
                        }
                    }
                }
                prose(a.raw(), a.line(), context);
            }
        }
        answering = false;
        return end - 1;
    }

    /** An answer opening with a sentence that is only "A + B (+ C)". */
    private static final Pattern PARTS_SENTENCE = Pattern.compile(
            "([\\p{IsLatin}][^.+\\n\\p{IsHangul}]{0,40}(?:\\s*\\+\\s*[\\p{IsLatin}][^.+\\n\\p{IsHangul}]{0,40})+?)\\s*(?:[.。]|$)");

    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}{4,20}");

    /**
     * A numbered item that is only a question in bold ("1. **BPE는 어떻게 vocabulary를 만드나?**", "6. **RoPE를 설명하라.**"), with no
     * difficulty to make it a study question: the known name it opens with, which its answer paragraphs are about; else null.
     */
    private Entity askedInItem(String raw) {
        String bold = raw.length() < 6 || raw.charAt(0) != '*' ? null : Layout.boldOnly(raw.strip());
        if (bold == null || !ITEM_QUESTION_END.matcher(bold).find()) {
            return null;
        }
        String asked = stripMarkdown(bold);
        // "StreamingLLM의 attention sink란?": the name the question opens with is a concept even before any note declares it
        askedName(asked).filter(n -> lexicon.find(n).isEmpty()).ifPresent(n -> lexicon.declare(n, Atlas.Concept, Lexicon.RANK_SENTENCE));
        List<Mention> found = mentions.find(asked);
        // "RoPE 기반 context 확장 방법들 비교?": a name qualifying what is asked about is not its subject
        return found.isEmpty() || found.get(0).start() != 0 || Clauses.isModelKind(found.get(0).entity())
                || asked.startsWith("기반", found.get(0).end() + 1) ? null : found.get(0).entity();
    }

    /** How an interview question ends: "?", "설명하라.", "비교하시오", "차이점". */
    private static final Pattern ITEM_QUESTION_END = Pattern.compile("(?:[?？]|하라\\.?|하시오\\.?|설명\\.?)\\s*$");

    /** A question asking which models use its subject: "DPO를 쓴 대표 모델?", "어떤 모델이 채택했나?", "which models use X". */
    private static final Pattern USERS_ASKED = Pattern.compile(
            "(?:쓴|쓰는|사용한|사용하는|채택한|적용한|도입한)\\s*(?:대표\\s*)?모델|대표\\s*모델|어떤\\s*모델(?:이|들이)|(?i:which\\s+models?\\s+(?:use|adopt))");

    /**
     * True when the question opens with a model ("LLaMA-2-Chat의 RLHF는 InstructGPT와 …"): its subject, however many things it
     * names (not a kind of model, "VLM의 projector 유형들(…)을 비교", whose answer is about the others).
     */
    private boolean opensWith(String asked, Entity e) {
        List<Mention> found = mentions.find(asked);
        return !found.isEmpty() && found.get(0).start() == 0 && found.get(0).entity().equals(e) && e.isModelLike() && !Clauses.isModelKind(e);
    }

    /** "- Zephyr-7B: Mistral-7B 위에 …" under "DPO를 쓴 대표 모델?": the known model an answer item opens with uses the subject. */
    private void answerUser(Block item, Entity used) {
        String text = stripMarkdown(item.raw());
        Matcher head = ITEM_HEAD_NAME.matcher(text);
        Optional<Entity> user = head.lookingAt() ? rules.slots().resolve(head.group(1), Atlas.Model, item.line()) : Optional.empty();
        user.filter(u -> u.isModelLike() && !u.equals(used)).ifPresent(u -> recorder.relation(
                new Relation(u, Atlas.uses, used, Emitter.STATED, "answer-users"), item.line(), note.line(item.line())));
    }

    /** The name an item opens with, before its colon, an aside or a subject particle ("Zephyr-7B:", "Tulu 2 (70B)도"). */
    private static final Pattern ITEM_HEAD_NAME = Pattern.compile(
            "([\\p{IsLatin}π][^\\s:：(\\p{IsHangul}]*(?:\\s[\\p{IsLatin}\\d][^\\s:：(\\p{IsHangul}]*){0,2}?)(?:\\s*[:：(]|(?:은|는|도|이|가|의)\\s)");

    /** A question asking for a comparison: "비교하면?", "차이는?", "compare". */
    private static final Pattern COMPARES = Pattern.compile("비교|차이|(?i:compare|differ)");
    /** A question asking how its subject is evaluated: "어떻게 평가하나?", "무엇으로 측정하나", "평가 방법은?", "how is X evaluated". */
    private static final Pattern EVALUATION_ASKED = Pattern.compile(
            "(?:어떻게|무엇으로|뭘로|어떤\\s*(?:벤치마크|지표)(?:로|으로)?)\\s*(?:\\S+\\s+)?(?:평가|측정)|평가\\s*(?:방법|지표|벤치마크)|(?:보는|재는|평가하는|측정하는)\\s*벤치|(?i:how\\s+(?:is|are|do|does|to|can)\\b.*\\b(?:evaluat|measur|benchmark))");
    /** "단, 웹 지식과 단절", "generalization 어려움", "한계": a description that ends on what the thing cannot do. */
    private static final java.util.regex.Pattern LIMITATION = java.util.regex.Pattern.compile("단,|한계|어려움|어렵다|부족함|불가능|못함");
    /**
     * The name a question opens with, as its topic: a proper name ("DAPO는 GRPO를 어떻게 고쳤나?", "VLA란 …"), a capitalised
     * phrase of several words ("Chunked prefill은 어떤 문제를 푸나?"), or the one proper word that owns what is asked
     * ("StreamingLLM의 attention sink란?"; not "BPE tokenizer의 …").
     */
    private static Optional<String> askedName(String question) {
        Matcher m = ASKED.matcher(question);
        if (!m.find()) {
            return Optional.empty();
        }
        String name = m.group(1);
        boolean proper = UseRules.PROPER_SHAPE.matcher(name).find();
        if (m.group().endsWith("의")) {
            return proper && name.indexOf(' ') < 0 ? Optional.of(name) : Optional.empty();
        }
        return proper || name.indexOf(' ') > 0 && Character.isUpperCase(name.charAt(0)) && Names.isNameLike(name) ? Optional.of(name) : Optional.empty();
    }

    /**
     * "Reranker는 왜 쓰나?", "Hybrid search를 쓰는 이유는?", "speculative decoding의 원리는?": a capitalised term, or two plain words,
     * the question opens with, as its topic.
     */
    private static Optional<String> askedTerm(String question) {
        Matcher m = ASKED.matcher(question);
        if (m.find() && ASKED_PHRASE.matcher(m.group(1)).matches()) {
            return Optional.of(SlotNames.titleCase(m.group(1))); // "speculative decoding의 원리는?": a technique in plain words
        }
        if (!m.find(0) || m.group().endsWith("의") || !ASKED_TERM.matcher(m.group(1)).matches()
                || m.group(1).indexOf(' ') < 0 && !TOPIC_PARTICLE.matcher(m.group()).find()) {
            return Optional.empty();
        }
        return Optional.of(SlotNames.titleCase(m.group(1)));
    }

    /**
     * "IPO, KTO, SimPO는 DPO의 …?", "ORPO와 SimPO는 …?": a word of three to eight letters with two or more capitals that a
     * question names on its own (not part of "GPT-4" or "KV cache") and no note names is a method it asks about.
     */
    private static final Pattern ASKED_ACRONYM = Pattern.compile(
            "(?<![\\p{IsLatin}\\d\\-./])(?=(?:\\p{Ll}*\\p{Lu}){2})\\p{Lu}\\p{L}{2,7}(?![\\p{IsLatin}\\d\\-./(])(?!\\s\\p{IsLatin})");

    /** "… 무엇을 재나?", "… 무엇을 측정하나?": a question asking what its subject measures. */
    private static final Pattern MEASURE_ASKED = Pattern.compile("(?:무엇|뭘|무얼)(?:을)?\\s*(?:재|측정하)(?:나|는가|는지)");

    /** "VLA란 …", "DAPO는 GRPO를 어떻게 고쳤나?", "StreamingLLM의 attention sink란?": the name a question opens with, as its topic. */
    private static final java.util.regex.Pattern ASKED = java.util.regex.Pattern.compile(
            "^(?:\\[[^\\]]*]\\s*)?([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-]*)?)(?:란|이란|는|은|가|이|의|[을를](?=\\s*(?:쓰는|사용하는)))(?=[\\s?]|$)");
    /** "Reranker는": a single word asked about is a topic ("Token이란", a word defined, is not). */
    private static final java.util.regex.Pattern TOPIC_PARTICLE = java.util.regex.Pattern.compile("[는은]$");
    /** A capitalised word, with a lower-case word after it ("Hybrid search") or alone after a topic particle ("Reranker는"). */
    private static final java.util.regex.Pattern ASKED_TERM = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?: \\p{Ll}{2,})?");
    /** "speculative decoding", "continuous batching": two plain English words a question opens with, the technique it asks about. */
    private static final java.util.regex.Pattern ASKED_PHRASE = java.util.regex.Pattern.compile("\\p{Ll}[\\p{Ll}\\-]{2,} \\p{Ll}[\\p{Ll}\\-]{2,}");
    /** "…의 late interaction이란?": a lower-case English phrase of one to four words a question asks to define. */
    private static final java.util.regex.Pattern DEFINED = java.util.regex.Pattern.compile(
            "(?:^|\\s|의\\s)(\\p{Ll}[\\p{Ll}\\-]+(?: \\p{Ll}[\\p{Ll}\\-]+){0,3})(?:이란|란)\\s*\\?");
    private static final java.util.regex.Pattern COMPONENTS_HEAD = java.util.regex.Pattern.compile("(?:핵심\\s*)?(?:구조|구성(?:\\s*요소)?|(?i:components?))\\s*[:：]");

    private String answerText(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int l = from; l <= Math.min(to, note.lines().length); l++) {
            sb.append(note.lines()[l - 1]).append('\n');
        }
        int end = sb.length();
        while (end > 0 && (Character.isWhitespace(sb.charAt(end - 1)) || "\u0085\u2028\u2029".indexOf(sb.charAt(end - 1)) >= 0)) {
            end--;
        }
        // the pattern scans the whole answer; it can only match where the answer ends in a rule
        boolean rule = end >= 3 && sb.charAt(end - 1) == '-' && sb.charAt(end - 2) == '-' && sb.charAt(end - 3) == '-';
        return (rule ? TRAILING_RULES.matcher(sb).replaceAll("") : sb.toString()).strip();
    }

    /** "단, …", "다만 …", "하지만 …": a sentence that opens on a caveat to the one before. */
    private static final java.util.regex.Pattern CAVEAT = java.util.regex.Pattern.compile("\\s*(?:단,|다만[,\\s]|하지만[,\\s]|그러나[,\\s]|(?i:however),)");

    /** Applies the sentence rules to prose; {@code context} is what the prose is about (may be null). */
    private void prose(String raw, int firstLine, Entity context) {
        String text = stripMarkdown(raw);
        int offsetLine = firstLine;
        Entity topic = null; // with no context: the subject the paragraph's first sentence opens with ("LLM agent는 …")
        boolean first = true;
        for (String line : text.split("\n")) {
            recorder.placeMentionedModels(line, offsetLine);
            benchmarkLists.type(line);
            Entity lineContext = labelled.labelContext(line, context);
            if (context != null && !context.isModelLike() && Clauses.hasAny(line, ":", "：", "—", "–", "e.g.", "E.g.")) {
                labelled.labelledUsers(line, context, offsetLine);
            }
            labelled.evaluationLabelled(line, lineContext, offsetLine); // "- 평가: ImageNet zero-shot 정확도로 측정함"
            if (lineContext != null && lineContext == context && context.isModelLike()) {
                labelled.roleLabelled(line, context, listWhole, offsetLine);
            }
            if (context != null && context.isModelLike() && Clauses.hasAny(line, "도입한", "채택한", "추가한", "적용한", "구조는", "구성은")) {
                labelled.introduced(line, context, offsetLine); // "새로 도입한 것: A, B, C"
            }
            List<String> sentences = Layout.sentences(line);
            for (int i = 0; i < sentences.size(); i++) {
                // "BF16보다 처리량이 높음. 단, … 불안정함.": a comparison the next sentence qualifies is a trade-off
                boolean qualified = i + 1 < sentences.size() && CAVEAT.matcher(sentences.get(i + 1)).lookingAt();
                for (Relation r : rules.apply(sentences.get(i), sentenceTopic(sentences.get(i), lineContext != null ? lineContext : topic), offsetLine)) {
                    if (!(qualified && r.rule().equals("better-than"))) {
                        recorder.relation(r, offsetLine, sentences.get(i));
                    }
                }
                topic = context == null && first ? rules.topicOf(sentences.get(i), offsetLine) : topic;
                first = false;
            }
            offsetLine++;
        }
    }

    /** The first cells of a table's rows, under a question asking for the parts of {@code whole}: parts of it. */
    private void tableParts(Block table, Entity whole) {
        String[] rows = table.raw().split("\n");
        for (int r = 2; r < rows.length; r++) {
            String row = rows[r].strip();
            String[] cells = (row.startsWith("|") ? row.substring(1) : row).split("\\|");
            if (cells.length > 1 && !cells[0].isBlank()) {
                for (Relation rel : rules.answerPart(cells[0].strip(), whole, table.line() + r)) {
                    recorder.relation(rel, table.line() + r, note.line(table.line() + r));
                }
            }
        }
    }

    /** "Guanaco는 ", "EAGLE은 ", "FSDP(Fully Sharded Data Parallel)는 ": a sentence opening with a name and a topic particle. */
    private static final Pattern TOPIC_OPENING = Pattern.compile(
            "([\\p{IsLatin}][\\p{IsLatin}\\d.\\-]*(?: [\\p{IsLatin}\\d][\\p{IsLatin}\\d.\\-]*){0,2})(?:\\s?[(（][^()（）]*[)）])?(?:은|는)\\s");

    /**
     * What a sentence is about: the known thing it opens with as its topic ("Guanaco는 QLoRA로 학습한 LLaMA 기반 모델입니다"
     * under "### 2.2. QLoRA" is about Guanaco; in an answer, even one about several things, "FSDP2는 FSDP의 후속" is about FSDP2),
     * else the context of its line.
     */
    private Entity sentenceTopic(String sentence, Entity context) {
        if (sentence.isEmpty() || !Character.isLetter(sentence.charAt(0)) || sentence.charAt(0) > 'z') {
            return context;
        }
        Matcher m = TOPIC_OPENING.matcher(Clauses.withoutLabel(sentence)); // "결과: Guanaco는 …" too
        if (!m.lookingAt()) {
            return context;
        }
        if (context == null && !answering) {
            // prose about nothing yet: "LLaMA-2는 GQA를 70B 모델에 도입했고 …" opens with a versioned model's name as its topic
            String name = m.group(1);
            return Declarations.VERSIONED_MODEL.matcher(name).matches()
                    ? lexicon.find(name).or(() -> Optional.of(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE)))
                            .filter(e -> e.isModelLike()).orElse(null)
                    : null;
        }
        return lexicon.find(m.group(1)).filter(e -> !Clauses.isModelKind(e) && !e.type().equals(Atlas.Organization)).orElse(context);
    }

    /** What the sections around the current one are about, innermost first (the current section not included). */
    private List<Entity> enclosingSubjects() {
        return headingThings.stream().skip(1).flatMap(Optional::stream).toList();
    }

    /** "### 2.3. Rectified Flow와 MMDiT": the names a heading joins are what a usage list below is about; else its last name. */
    private List<Entity> headingFocus(String heading) {
        String label = Layout.headingName(heading);
        List<Mention> found = mentions.find(stripMarkdown(label));
        if (found.size() > 1 && JOINED_NAMES.matcher(label).matches()) {
            return found.stream().map(Mention::entity).distinct().toList();
        }
        return found.isEmpty() ? List.of() : List.of(found.get(found.size() - 1).entity());
    }

    /** Two or three names joined by "와/과", "&", "and" or commas, and nothing else. */
    private static final java.util.regex.Pattern JOINED_NAMES = java.util.regex.Pattern.compile(
            "[\\p{IsLatin}π][^\\s,&]*(?:\\s[\\p{IsLatin}\\d][^\\s,&]*)?(?:(?:와|과|\\s*,|\\s+&|\\s+and)\\s+[\\p{IsLatin}π][^\\s,&]*(?:\\s[\\p{IsLatin}\\d][^\\s,&]*)?){1,2}");

    /** "Method 1: ", "해결책: ": what labels the name a bold label opens on. */
    private static final Pattern LABEL_PREFIX = Pattern.compile("^[^:：]{1,20}[:：]\\s+(?=\\S)");

    /**
     * The thing a bold label is about: the name it opens with, after a prefix of its own ("**RoPE (Rotary …)**",
     * "**PPO의 구조**", "**해결책: Shared Expert**"; the name right after an owner's "의": "**LLaMA 2의 GQA 적용**"), else null: a label that is a sentence naming something on the way
     * ("**핵심 아이디어: 4-bit로 양자화한 모델 위에 LoRA 학습**", "**3단계 파이프라인 (InstructGPT)**") leaves the
     * section's subject in place.
     */
    private Entity labelSubject(String bold) {
        String label = LABEL_PREFIX.matcher(stripMarkdown(bold)).replaceFirst("");
        List<Mention> found = mentions.find(label);
        if (found.isEmpty() || found.get(0).start() != 0) {
            return null;
        }
        // "**LLaMA 2의 GQA 적용**": what the owner has is the label's thing
        String between = found.size() > 1 && found.get(1).start() >= found.get(0).end()
                ? label.substring(found.get(0).end(), found.get(1).start()).strip() : "";
        boolean owned = found.size() > 1 && (between.equals("의") || between.isEmpty() && label.substring(0, found.get(0).end()).endsWith("의"));
        return (owned ? found.get(1) : found.get(0)).entity();
    }

    private String resolveLink(String link) {
        if (URI_SCHEME.matcher(link).matches()) {
            return link;
        }
        return Atlas.BASE + "source/" + note.name() + "/" + link.replace(" ", "%20");
    }

    static String stripMarkdown(String s) {
        String t = s.replace("**", "").replace("`", "");
        return (t.indexOf("](") < 0 ? t : LINK.matcher(t).replaceAll("$1")).strip();
    }
}
