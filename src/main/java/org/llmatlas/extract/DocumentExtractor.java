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
    private static final java.util.regex.Pattern EDITIONS = java.util.regex.Pattern.compile("(\\p{Lu}\\p{Ll}+(?:\\s*/\\s*\\p{Lu}\\p{Ll}+)+)\\s*(?:,|$)");
    private static final java.util.regex.Pattern CONTRAST_LABEL = java.util.regex.Pattern.compile("(?:와|과)의?\\s*(?:차이|비교)|대비|\\bvs\\.?\\s");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final java.util.regex.Pattern FAMILY_WORD_TAIL = java.util.regex.Pattern.compile("\\s*(계열|family).*$");
    private static final java.util.regex.Pattern TRAILING_RULES = java.util.regex.Pattern.compile("(?s)\\s*(?:---\\s*)+$");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern URI_SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final java.util.regex.Pattern NAME_BASED = java.util.regex.Pattern.compile("([\\p{Lu}][\\p{IsLatin}\\d\\-.]*)\\s*기반");
    private static final java.util.regex.Pattern BUILT_FROM = java.util.regex.Pattern.compile("\\+|기반|(?i:\\bbased on\\b|backbone)");
    /** The parenthesis closing a name, without a year: "Google" of "RT-1 (Google 2022)". */
    private static final java.util.regex.Pattern MAKER = java.util.regex.Pattern.compile("[(（]\\s*([^()（）]+?)[,\\s]*(?:(?:19|20)\\d\\d)?\\s*[)）]\\s*$");
    /** A line labelled as the users of what it is about: "채택 모델: …", "사용 모델: …", "Used by: …". */
    private static final java.util.regex.Pattern USERS_LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:[-*]\\s+)?(?:(?:채택|사용|적용|대표)\\s*(?:모델|사례|예시)|(?i:used by|adopted by))\\s*[:：]\\s*(\\S.*)$");
    /** A label that names a role in a model: "Language backbone", "Vision", "Action", "구조", "학습 데이터". */
    private static final java.util.regex.Pattern ROLE_LABEL = java.util.regex.Pattern.compile(
            "(?i)backbone|encoder|decoder|vision|language|^llm$|^vlm$|action|head|tokenizer|projector|connector|policy|architecture|구조|데이터|백본|인코더|디코더|모듈");
    /** A bold role head before a list: "**Backbone VLM:**", "**Vision encoder:**". */
    private static final java.util.regex.Pattern ROLE_HEAD = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:backbone|base|vision|language|action)(?:\\s+[\\p{IsLatin}]+)?\\s*[:：]\\s*");
    /** "구성 요소는 아래와 같음", "구조는 다음과 같다", "구성:": the list that follows names parts. */
    private static final java.util.regex.Pattern PARTS_FOLLOW = java.util.regex.Pattern.compile(
            "(?:구성\\s*요소|구성|구조)(?:는|은)?\\s*(?:아래와|다음과)\\s*같|(?:구성\\s*요소|구성|구조)\\s*[:：]\\s*$");
    /** "Transformer decoder", "diffusion head": a component named by what it is, a name of its own. */
    private static final java.util.regex.Pattern COMPONENT_HEAD = java.util.regex.Pattern.compile("(?i)\\s(?:decoder|encoder|head|module|expert)$");
    private static final java.util.regex.Pattern LINE_LABEL = java.util.regex.Pattern.compile("^\\s*(?:[-*]\\s+)?((?:[^:：.]|\\.(?=\\d)){1,60}?)\\s*[:：]\\s+\\S");

    private final Note note;
    private final Lexicon lexicon;
    private final Declarations declarations;
    private final MentionFinder mentions;
    private final RelationRules rules;
    private final SlotNames slots;
    private final Emitter out;
    private final Set<Entity> referenced = new LinkedHashSet<>();
    /** Models placed in their family within the current unit (the note, or one Q&A item, which stands alone). */
    private final Set<Entity> placed = new java.util.HashSet<>();
    private final Map<String, Integer> topicSlugs = new HashMap<>();
    private final Deque<Resource> topics = new ArrayDeque<>();
    private final Deque<Integer> levels = new ArrayDeque<>();
    private int questions;
    /** The model whose parts the list after "구성 요소는 아래와 같음" names (under its name heading), else null. */
    private Entity listWhole;
    /** The model a bold role label ("**Backbone VLM:**") under its name heading says the next list items serve, else null. */
    private Entity roleList;
    /** The last keyword of the section whose definition speaks of stages ("Stage 1에서는 …"): the whole its stage bullets belong to. */
    private Entity staged;

    DocumentExtractor(Note note, Lexicon lexicon, Emitter out) {
        this.note = note;
        this.lexicon = lexicon;
        this.declarations = new Declarations(lexicon);
        this.mentions = new MentionFinder(lexicon);
        this.rules = new RelationRules(lexicon, mentions);
        this.slots = rules.slots();
        this.out = out;
    }

    Set<Entity> referenced() {
        return referenced;
    }

    int questions() {
        return questions;
    }

    List<String> unresolved() {
        return rules.unresolved();
    }

    void run(List<Block> blocks) {
        String section = "";
        boolean skip = false;
        Resource usageList = null; // the type of what a usage list names, null outside one
        Entity focus = null;
        Entity subject = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case HEADING -> {
                    section = b.raw();
                    skip = Layout.isSkipSection(Layout.headingLabel(section));
                    usageList = null;
                    staged = null;
                    listWhole = null;
                    roleList = null;
                    if (!skip) {
                        heading(b);
                        Entity family = familyHeading(Layout.headingName(b.raw()));
                        focus = lastMention(b.raw(), null);
                        subject = headingSubject(b.raw());
                        if (family != null || subject != null) { // "## 2. RT 계열 (Google DeepMind)", "### RT-2 (Google 2023)"
                            developer(family != null ? family : subject, Layout.headingName(b.raw()), b.line(), note.line(b.line()));
                        }
                        if (subject != null && subject.type().equals(Atlas.Model)) {
                            reference(subject, b.line()); // "### 2.1. RT-1" under "## 2. RT 계열 (Google)": placed in its family
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
                    String bold = Layout.boldOnly(b.raw());
                    listWhole = subject != null && PARTS_FOLLOW.matcher(stripMarkdown(b.raw())).find() ? subject : null;
                    roleList = subject != null && bold != null && ROLE_HEAD.matcher(bold).matches() ? subject : null;
                    if (bold != null) {
                        focus = lastMention(bold, focus);
                    }
                    // "### 4.1. π0" then "PaliGemma VLM 위에 …를 붙인 구조": prose under a name heading is about that name
                    prose(b.raw(), b.line(), subject);
                }
                case TABLE -> {
                    if (!skip) {
                        table(b);
                    }
                }
                case ITEM -> {
                    if (skip || Layout.isLinkList(b.raw())) {
                        continue;
                    }
                    if (usageList != null && b.depth() == 1) {
                        usage(b, focus, usageList);
                    } else if (roleList != null && b.depth() == 1) {
                        rolesServed(stripMarkdown(b.raw()), roleList, roleList.equals(listWhole), b.line());
                    } else {
                        item(b, section, b.depth() == 1 ? subject : null);
                    }
                }
            }
        }
    }

    private void heading(Block b) {
        while (!levels.isEmpty() && levels.peek() >= b.level()) {
            levels.pop();
            topics.pop();
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
    }

    /**
     * The entity a heading is about when the heading is its name and nothing more ("### 4.1. OpenVLA",
     * "## π0 (Physical Intelligence)"): the bullets beneath state what it uses, improves on or is
     * evaluated by without naming it again ("- Prismatic VLM 기반", "- π0의 개선 버전"). A heading that
     * names a topic in words ("### 2.1. Position Embeddings 개요") has none.
     */
    private Entity headingSubject(String heading) {
        String label = Names.stripQualifiers(Layout.headingName(heading));
        List<Mention> found = mentions.find(label);
        if (found.size() == 1 && found.get(0).start() == 0 && found.get(0).end() == label.length()) {
            Entity e = found.get(0).entity();
            // "### 4.1. Lark-1" under "## 4. Lark 계열 (Acme Labs)": a versioned name of a known family is a model of it
            return e.type().equals(Atlas.Concept) && VERSIONED_HEADING.matcher(label).matches() && lexicon.familyOf(label).isPresent()
                    ? lexicon.declare(label, Atlas.Model, Lexicon.RANK_SECTION) : e;
        }
        // "### 2.3. RT-1-X": a heading that is a versioned name alone names a model even before anything declared it
        return found.isEmpty() && VERSIONED_HEADING.matcher(label).matches() ? answerTerm(label) : null;
    }

    /** "RT 계열 (Google DeepMind)": a heading that names a model family with its maker; its models are named beneath. */
    private static final java.util.regex.Pattern FAMILY_HEADING = java.util.regex.Pattern.compile(
            "([\\p{IsLatin}π][\\p{IsLatin}\\d\\-.]*)\\s*(?:계열|family|series)\\s*[(（][^()（）]+[)）]");

    /** The family such a heading names (declared, with its maker as an organization), or null. */
    private Entity familyHeading(String name) {
        Matcher m = FAMILY_HEADING.matcher(name);
        if (!m.matches()) {
            return null;
        }
        Matcher maker = MAKER.matcher(name);
        if (maker.find()) {
            lexicon.declare(maker.group(1), Atlas.Organization, Lexicon.RANK_SECTION);
        }
        return lexicon.declareFamily(m.group(1) + " 계열");
    }

    /** One word with capitals and a version ("RT-1-X", "Helix-2", "Pika-V2.5"), the whole of a heading or label. */
    private static final java.util.regex.Pattern VERSIONED_HEADING = java.util.regex.Pattern.compile("\\p{Lu}[\\p{IsLatin}]*(?:-\\p{IsLatin}*)?\\d[\\p{IsLatin}\\d.\\-]*");

    private void item(Block b, String section, Entity subject) {
        Layout.Term t = Layout.term(b.raw());
        if (t != null) {
            List<Entity> entities = declarations.declareTerm(t, section);
            for (Entity e : entities) {
                keyword(e, t, b);
            }
            if (Layout.stageName(t.name()) != null) {
                if (staged != null && entities.size() == 1) {
                    relation(new Relation(entities.get(0), Atlas.partOf, staged, Emitter.IMPLIED, "stage-of"), b.line(), note.line(b.line()));
                }
            } else if (entities.size() == 1 && Layout.speaksOfStages(t.definition())) {
                staged = entities.get(0);
            }
            if (entities.size() == 1 && entities.get(0).type().equals(Atlas.ModelFamily) && Layout.isFamilySection(section)) {
                family(entities.get(0), t, b);
            } else if (OTHERS.matcher(t.name()).matches() && Layout.isFamilySection(section)) {
                family(null, t, b); // "**기타**: DBRX(…), Jamba(Mamba layer와 MoE layer …)": models of no one family
            }
            return;
        }
        List<String> topicNames = Layout.topicList(b.raw());
        if (!topicNames.isEmpty() && !topics.isEmpty()) {
            for (String name : topicNames) {
                // "Mistral / Mixtral Family": a known family named as a topic is that family
                Entity e = lexicon.find(name).filter(x -> x.type().equals(Atlas.ModelFamily))
                        .orElseGet(() -> lexicon.declare(name, Atlas.Concept, Lexicon.RANK_DEFAULT));
                reference(e, b.line());
                developer(e, name, b.line(), note.line(b.line()));
                out.stated(res(e), Atlas.partOf, topics.peek(), b.line(), note.line(b.line()), Emitter.IMPLIED, "topic-list");
            }
            return;
        }
        prose(b.raw(), b.line(), subject);
    }

    private void keyword(Entity e, Layout.Term t, Block b) {
        reference(e, b.line());
        String quote = note.line(b.line());
        if (!t.definition().isEmpty()) {
            out.stated(res(e), SKOS.definition, out.text(stripMarkdown(t.definition())), b.line(), quote, Emitter.STATED, "keyword-definition");
        }
        if (!topics.isEmpty()) {
            out.stated(res(e), Atlas.partOf, topics.peek(), b.line(), quote, Emitter.IMPLIED, "keyword-in-section");
        }
        String note = Lexicon.parenthesisNote(Lexicon.clean(t.name()));
        developer(e, Lexicon.clean(t.name()), b.line(), quote);
        if (note != null && !e.isModelLike()) {
            // "Q-Former (BLIP-2)", "Hierarchical Planning (SayCan 등)": known models named beside a technique use it
            for (Entity model : slots.exampleModels(note, e)) {
                java.util.Optional.of(model).ifPresent(
                        m -> relation(new Relation(m, Atlas.uses, e, Emitter.IMPLIED, "term-example-model"), b.line(), quote));
            }
        }
        String[] pair = Lexicon.aliasPair(Lexicon.clean(t.name()));
        String longName = pair != null ? pair[1] : note;
        if (longName != null && !e.isModelLike()) {
            // "QLoRA (Quantized LoRA)", "M-RoPE (Multimodal RoPE)": a name built on another technique's name, spelled out
            // (not "Mamba (Selective SSM)", a kind named)
            UseRules.qualifiedName(longName).filter(q -> Names.key(e.label()).contains(Names.key(q))).flatMap(lexicon::find)
                    .filter(x -> !x.equals(e) && !x.isModelLike())
                    .ifPresent(x -> relation(new Relation(e, Atlas.uses, x, Emitter.IMPLIED, "qualified-name"), b.line(), quote));
        }
        prose(t.definition(), b.line(), e);
        Entity owner = note == null || !t.definition().contains("+") ? null
                : lexicon.find(note).filter(x -> !x.equals(e) && !x.isModelLike()).orElse(null);
        for (String sentence : owner == null ? List.<String>of() : Layout.sentences(stripMarkdown(t.definition()))) {
            for (Relation r : rules.composedInOwner(sentence, e, owner, b.line())) {
                relation(r, b.line(), quote);
            }
        }
        if (t.name().contains(" vs")) {
            for (String sentence : Layout.sentences(stripMarkdown(t.definition()))) {
                for (Relation r : rules.versus(t.name(), sentence)) {
                    relation(r, b.line(), quote);
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
                .ifPresent(o -> relation(new Relation(e, Atlas.developedBy, o, Emitter.STATED, "name-organization"), line, quote));
    }

    /** A lower-case mention right after another English word: the head noun of a longer phrase, not a name. */
    private static boolean headOfLongerPhrase(String text, Mention x) {
        String surface = text.substring(x.start(), x.end());
        return x.start() >= 2 && text.charAt(x.start() - 1) == ' ' && Character.isLetterOrDigit(text.charAt(x.start() - 2))
                && Character.UnicodeScript.of(text.codePointAt(x.start() - 2)) != Character.UnicodeScript.HANGUL
                && surface.equals(surface.toLowerCase(java.util.Locale.ROOT));
    }

    /** "shared expert 없음", "sliding window 미사용": the item of a list the name stands in says the model does without it. */
    private static boolean negatedAfter(String detail, int end) {
        int comma = detail.indexOf(',', end);
        String rest = detail.substring(end, comma < 0 ? detail.length() : comma);
        return NEGATED.matcher(rest).find();
    }

    private static final java.util.regex.Pattern NEGATED = java.util.regex.Pattern.compile("없음|없이|없는|미사용|미적용|미지원|제외|불필요|않");

    /** "기타", "그 외", "Others": the bullet of a family survey that lists models of no family. */
    private static final java.util.regex.Pattern OTHERS = java.util.regex.Pattern.compile("(?i)기타(?:\\s*모델)?|그\\s*외|others?|etc\\.?");

    /**
     * A family bullet: each member is part of the family and uses the techniques in its parentheses;
     * with no family ("기타"), the members only use them.
     */
    private void family(Entity family, Layout.Term t, Block b) {
        String quote = note.line(b.line());
        for (Declarations.Member m : Declarations.members(t.definition(), FAMILY_WORD_TAIL.matcher(t.name()).replaceAll(""))) {
            Entity model = lexicon.declare(m.name(), Atlas.Model, Lexicon.RANK_SECTION);
            reference(model, b.line());
            if (family != null) {
                out.stated(res(model), Atlas.partOf, res(family), b.line(), quote, Emitter.IMPLIED, "family-list");
            }
            Matcher editions = EDITIONS.matcher(m.detail());
            if (editions.lookingAt()) {
                // "Claude 3(Haiku/Sonnet/Opus, …)": the editions of one model version
                for (String edition : editions.group(1).split("/")) {
                    Entity sub = lexicon.declare(m.name() + " " + edition.strip(), Atlas.Model, Lexicon.RANK_SECTION);
                    sub.family = model;
                    reference(sub, b.line());
                }
            }
            // "Idefics2(SigLIP + Mistral 7B)", "Idefics3(LLaMA-3 기반)": models it is built from count too;
            // a model merely named there ("GPT-4급 성능") does not
            boolean builtFrom = BUILT_FROM.matcher(m.detail()).find();
            for (Mention x : mentions.find(m.detail())) {
                if (headOfLongerPhrase(m.detail(), x)) {
                    continue; // "SigLIP vision encoder 추가", "global attention": the phrase names something else
                }
                if (negatedAfter(m.detail(), x.end())) {
                    continue; // "Qwen3-235B-A22B(…, shared expert 없음)", "(sliding window 미사용)": what it does without
                }
                boolean usable = !x.entity().isModelLike() || builtFrom && x.entity().family != model.family;
                if (usable && !x.entity().type().equals(Atlas.Organization)) {
                    relation(new Relation(model, Atlas.uses, x.entity(), Emitter.IMPLIED, "family-member-features"), b.line(), quote);
                }
            }
            Matcher based = NAME_BASED.matcher(m.detail());
            while (based.find()) {
                // "OLMo 2(공개 데이터 Dolma 기반)": what a member is based on is named even when nothing declared it
                slots.resolveTerm(based.group(1), b.line()).filter(x -> !x.equals(model))
                        .ifPresent(x -> relation(new Relation(model, Atlas.uses, x, Emitter.IMPLIED, "family-member-features"), b.line(), quote));
            }
        }
    }

    /**
     * A comparison table: a row whose first cell names a technique with models in parentheses
     * ("| Q-Former (BLIP-2) | … |") says the models use it; with the header's noun ("| Projector |", "| MLP (LLaVA-1.5) |")
     * when that makes a known name (MLP Projector). Only the first cell is read: the others are free-form notes.
     */
    private void table(Block b) {
        String[] rows = b.raw().split("\n");
        String head = stripMarkdown(firstCell(rows[0]));
        for (int r = 2; r < rows.length; r++) {
            String cell = stripMarkdown(firstCell(rows[r]));
            String models = Lexicon.parenthesisNote(cell);
            if (models == null) {
                continue;
            }
            String name = Lexicon.withoutParenthesis(cell);
            int line = b.line() + r;
            lexicon.find(name + " " + head).or(() -> lexicon.find(name))
                    .filter(x -> !x.isModelLike() && !Clauses.isModelKind(x) && !x.type().equals(Atlas.Organization))
                    .ifPresent(x -> slots.exampleModels(models, x).forEach(
                            m -> relation(new Relation(m, Atlas.uses, x, Emitter.STATED, "table-row-models"), line, note.line(line))));
        }
    }

    private static String firstCell(String row) {
        String s = row.strip();
        s = s.startsWith("|") ? s.substring(1) : s;
        int bar = s.indexOf('|');
        return (bar < 0 ? s : s.substring(0, bar)).strip();
    }

    /** An item under "사용 예시:" / "사용 모델:": {@code Model: technique} or a bare model using the focus. */
    private void usage(Block b, Entity focus, Resource type) {
        String raw = stripMarkdown(b.raw());
        int colon = raw.indexOf(':');
        String subject = colon > 0 ? raw.substring(0, colon) : raw;
        String rest = colon > 0 ? raw.substring(colon + 1) : "";
        List<Entity> models = new ArrayList<>();
        for (String name : slots.splitList(Names.stripQualifiers(subject.strip()))) {
            resolveOrDeclare(name, type, b.line()).ifPresent(models::add);
        }
        if (models.isEmpty()) {
            return;
        }
        List<Entity> used = mentions.find(rest).stream().map(Mention::entity).filter(x -> !x.isModelLike()).toList();
        if (used.isEmpty() && !rest.isBlank()) {
            used = slots.resolve(rest, Atlas.Concept, b.line()).filter(x -> !x.isModelLike()).stream().toList();
        }
        if (used.isEmpty() && rest.isBlank() && focus != null) {
            used = List.of(focus);
        }
        for (Entity model : models) {
            for (Entity u : used) {
                relation(new Relation(model, Atlas.uses, u, Emitter.STATED, "usage-list"), b.line(), note.line(b.line()));
            }
        }
    }

    private int question(Layout.QuestionHead q, Block b, List<Block> blocks, int index) {
        questions++;
        placed.clear();
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
        java.util.regex.Matcher asked = ASKED.matcher(stripMarkdown(q.text()));
        if (asked.find() && lexicon.find(asked.group(1)).isEmpty() && UseRules.PROPER_SHAPE.matcher(asked.group(1)).find()) {
            lexicon.declare(asked.group(1), Atlas.Concept, Lexicon.RANK_SENTENCE);
        }
        List<Entity> about = new ArrayList<>(new LinkedHashSet<>(mentions.find(q.text()).stream().map(Mention::entity).toList()));
        for (Entity e : about) {
            reference(e, b.line());
            out.stated(question, Atlas.about, res(e), b.line(), quote, Emitter.STATED, "question-mentions");
        }
        // a question states what it presupposes: "A가 B보다 … 높은 이유는?", "LLaVA 계열의 발전 과정(1.0→1.5→NeXT)"
        for (Relation r : rules.apply(stripMarkdown(q.text()), null, b.line())) {
            relation(r, b.line(), quote);
        }
        Entity context = about.isEmpty() || about.size() > 2 ? null : about.get(0);
        // "QLoRA의 세 가지 핵심 구성 요소는?": the answer's terms are parts of what the question names;
        // "구조:" in the answer before a list: the listed terms are parts of the question's subject
        Entity partsAsked = rules.partsAskedOf(stripMarkdown(q.text()), b.line()).orElse(null);
        Entity whole = partsAsked;
        Entity limited = null; // the model of the last answer item whose description ends on a limitation
        for (int j = index + 1; j < end; j++) {
            Block a = blocks.get(j);
            if (a.kind() == Block.Kind.TABLE) {
                table(a);
                continue;
            }
            Layout.Term t = Layout.term(a.raw());
            if (t != null) {
                if (whole != null) {
                    for (Relation r : rules.answerPart(t.name(), whole, a.line())) {
                        relation(r, a.line(), note.line(a.line()));
                    }
                }
                // "**Stage 2 — RL-CAI**: …": the definition is about the stage's own name
                String stage = Layout.stageName(t.name());
                Entity termEntity = answerTerm(stage != null ? stage : t.name());
                if (limited != null && termEntity != null && termEntity.isModelLike() && !termEntity.equals(limited)
                        && LineageRules.sameLine(limited, termEntity)) {
                    // "**RT-1**: … 단, generalization 어려움." then "**RT-2**: …": the next version answers the limitation
                    relation(new Relation(termEntity, Atlas.improvesOn, limited, Emitter.IMPLIED, "next-version-after-limit"), a.line(), note.line(a.line()));
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
                }
                prose(a.raw(), a.line(), context);
            }
        }
        return end - 1;
    }

    /** "단, 웹 지식과 단절", "generalization 어려움", "한계": a description that ends on what the thing cannot do. */
    private static final java.util.regex.Pattern LIMITATION = java.util.regex.Pattern.compile("단,|한계|어려움|어렵다|부족함|불가능|못함");
    private static final java.util.regex.Pattern ONE_LATIN_WORD = java.util.regex.Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\-]{2,}");
    /** "Position Interpolation", "NTK-aware Scaling": two or three capitalised words, a technique's name. */
    private static final java.util.regex.Pattern TITLE_WORDS = java.util.regex.Pattern.compile("\\p{Lu}[\\p{IsLatin}\\-]+(?:\\s\\p{Lu}[\\p{IsLatin}\\-]+){1,2}");
    /** "VLA란 …", "DAPO는 GRPO를 어떻게 고쳤나?": the name a question opens with, as its topic. */
    private static final java.util.regex.Pattern ASKED = java.util.regex.Pattern.compile(
            "^(?:\\[[^\\]]*]\\s*)?([\\p{IsLatin}][\\p{IsLatin}\\d\\-]*(?:\\s[\\p{IsLatin}\\d][\\p{IsLatin}\\d\\-]*)?)(?:란|이란|는|은|가|이)(?=[\\s?]|$)");
    private static final java.util.regex.Pattern COMPONENTS_HEAD = java.util.regex.Pattern.compile("(?:핵심\\s*)?(?:구조|구성(?:\\s*요소)?|(?i:components?))\\s*[:：]");

    /**
     * The entity a term of an answer names: "**LLaVA 1.0**: …", "**RT-2 (2023)**: …" (a proper name with a
     * digit is a model the answer describes), "**YaRN**: …" (a single word with two capitals, a technique),
     * "**Position Interpolation**: …" (two or three capitalised words, a technique; not "**PaliGemma VLM**", a known name qualified).
     */
    private Entity answerTerm(String name) {
        if (!Names.startsLatinOrGreek(name) && !lexicon.isCurated(name)) {
            return null; // "**문제점:** …", "**대안:** …": a label of the answer, not a term
        }
        return lexicon.find(name).or(() -> !Names.isNameLike(name) ? Optional.empty()
                : HAS_DIGIT.matcher(name).matches() ? Optional.of(lexicon.declare(name, Atlas.Model, Lexicon.RANK_SENTENCE))
                : (ONE_LATIN_WORD.matcher(name).matches() || TITLE_WORDS.matcher(name).matches() && lexicon.find(name.split("\\s")[0]).isEmpty())
                        && UseRules.PROPER_SHAPE.matcher(name).find()
                ? Optional.of(lexicon.declare(name, Atlas.Concept, Lexicon.RANK_SENTENCE)) : Optional.empty()).orElse(null);
    }

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
        for (String line : text.split("\n")) {
            placeMentionedModels(line, offsetLine);
            Entity lineContext = labelContext(line, context);
            if (context != null && !context.isModelLike() && line.indexOf(':') > 0) {
                labelledUsers(line, context, offsetLine);
            }
            if (lineContext != null && lineContext == context && context.isModelLike()) {
                roleLabelled(line, context, offsetLine);
            }
            List<String> sentences = Layout.sentences(line);
            for (int i = 0; i < sentences.size(); i++) {
                // "BF16보다 처리량이 높음. 단, … 불안정함.": a comparison the next sentence qualifies is a trade-off
                boolean qualified = i + 1 < sentences.size() && CAVEAT.matcher(sentences.get(i + 1)).lookingAt();
                for (Relation r : rules.apply(sentences.get(i), lineContext, offsetLine)) {
                    if (!(qualified && r.rule().equals("better-than"))) {
                        relation(r, offsetLine, sentences.get(i));
                    }
                }
            }
            offsetLine++;
        }
    }

    /**
     * A model the line names ("GPT-4V 생성 … data", "Qwen2-VL이 도입") is in its family: its name says so wherever
     * it stands. Only single words with a digit are looked up (a versioned name), which keeps this cheap.
     */
    private void placeMentionedModels(String line, int lineNo) {
        int i = 0;
        int n = line.length();
        int previous = -1; // the start of the word before, when it is a Latin word ("Gemma" of "Gemma 2는")
        while (i < n) {
            while (i < n && Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            int start = i;
            boolean digit = false;
            while (i < n && !Character.isWhitespace(line.charAt(i))) {
                digit |= line.charAt(i) >= '0' && line.charAt(i) <= '9';
                i++;
            }
            boolean versionOnly = start < n && Character.isDigit(line.charAt(start));
            if (digit && versionOnly && previous >= 0) {
                placeModel(line.substring(previous, i), lineNo); // "Gemma 2는", "Gemini 1.5는": a version after the name
            }
            if (digit && i - start >= 2 && Names.startsLatinOrGreek(line.substring(start, start + 1))) {
                placeModel(line.substring(start, i), lineNo);
            }
            previous = start < n && Names.startsLatinOrGreek(line.substring(start, start + 1)) && !digit ? start : -1;
        }
    }

    private void placeModel(String name, int lineNo) {
        lexicon.find(name).filter(e -> e.type().equals(Atlas.Model) && !placed.contains(e)
                && (e.family != null || lexicon.familyOf(e.label()).isPresent())).ifPresent(e -> reference(e, lineNo));
    }

    /**
     * "- Language backbone: Llama 2 7B", "- Vision: SigLIP, DINOv2 feature를 concat", "- 구조: EfficientNet → TokenLearner":
     * a line of a model's description labelled with a role names what the model uses (and, after "구성 요소는 아래와 같음",
     * its parts). Only role labels count ("문제점: KV cache …" names no part), and only names the value opens with.
     */
    private void roleLabelled(String line, Entity model, int lineNo) {
        Matcher m = LINE_LABEL.matcher(line);
        if (m.find() && ROLE_LABEL.matcher(m.group(1)).find() && !Names.hasHangul(KOREAN_ROLE_WORDS.matcher(m.group(1)).replaceAll(""))) {
            // "구조: EfficientNet → TokenLearner → Transformer decoder": the parts of the model
            boolean parts = model.equals(listWhole) || COMPOSITION_LABEL.matcher(m.group(1)).find();
            rolesServed(line.substring(m.end() - 1), model, parts, lineNo);
        }
    }

    private static final java.util.regex.Pattern KOREAN_ROLE_WORDS = java.util.regex.Pattern.compile("구조|구성|데이터|백본|인코더|디코더|모듈");
    private static final java.util.regex.Pattern COMPOSITION_LABEL = java.util.regex.Pattern.compile("(?i)^(?:구조|구성|architecture)$");

    /** The names a role's value opens with ("SigLIP, DINOv2 feature를 …", "PaLI-X (55B)") are used by the model (and {@code parts} of it). */
    private void rolesServed(String text, Entity model, boolean parts, int lineNo) {
        String value = Layout.firstSentence(text);
        if (value.indexOf('+') >= 0) {
            return; // "구조: SigLIP + Qwen2 7B": a composition, which the sentence rules read
        }
        int cut = 0;
        while (cut < value.length() && !Names.hasHangul(value.substring(cut, cut + 1)) && value.charAt(cut) != '(' && value.charAt(cut) != '（') {
            cut++;
        }
        String names = value.substring(0, cut).strip();
        if (names.isEmpty() || !Names.startsLatinOrGreek(names)) {
            return;
        }
        String quote = note.line(lineNo);
        for (String chained : Clauses.hasArrow(names) ? names.split("\\s*(?:→|->|⇒)\\s*") : new String[] {names}) {
            for (String item : slots.splitList(chained)) {
                Optional<Entity> used = COMPONENT_HEAD.matcher(item).find() ? slots.resolveTerm(item, lineNo) : slots.resolve(item, Atlas.Concept, lineNo);
                used.filter(x -> !x.equals(model) && !x.type().equals(Atlas.Organization) && !Clauses.isModelKind(x)
                        && !x.type().equals(Atlas.Benchmark) && !x.type().equals(Atlas.Metric)).ifPresent(x -> {
                    relation(new Relation(model, Atlas.uses, x, Emitter.STATED, "role-labelled"), lineNo, quote);
                    if (parts) {
                        relation(new Relation(x, Atlas.partOf, model, Emitter.IMPLIED, "role-labelled-part"), lineNo, quote);
                    }
                });
            }
        }
    }

    /**
     * A name a layout says is of {@code type} (a usage list's "Mistral", a usage label's "Tulu 3"): the known entity,
     * or, for a name-like item, one declared even if it is a plain word.
     */
    private Optional<Entity> resolveOrDeclare(String name, Resource type, int line) {
        return slots.resolve(name, type, line).or(() -> Names.isNameLike(name)
                ? Optional.of(lexicon.declare(name, type, Lexicon.RANK_SENTENCE)) : Optional.empty());
    }

    /** "채택 모델: Zephyr, Tulu 3, Llama 3", "- 사용 모델: LLaMA, Mistral": a usage label, then the users of the context. */
    private void labelledUsers(String line, Entity context, int lineNo) {
        Matcher m = USERS_LABEL.matcher(line);
        if (!m.find()) {
            return;
        }
        String quote = note.line(lineNo);
        for (String name : slots.splitList(Layout.firstSentence(m.group(1)).replaceAll("[.。]$", ""))) {
            if (Names.hasHangul(name)) {
                continue;
            }
            resolveOrDeclare(name, Atlas.Model, lineNo)
                    .filter(u -> !u.equals(context) && !Clauses.isModelKind(u)
                    && !u.type().equals(Atlas.Organization) && !u.type().equals(Atlas.Benchmark))
                    .ifPresent(u -> relation(new Relation(u, Atlas.uses, context, Emitter.STATED, "usage-label"), lineNo, quote));
        }
    }

    /** "GQA 표준 이유: …", "SentencePiece: …": a line labelled with a name is about that name. */
    private Entity labelContext(String line, Entity fallback) {
        if (line.indexOf(':') < 0 && line.indexOf('：') < 0) {
            return fallback; // no label without its colon
        }
        Matcher m = LINE_LABEL.matcher(line);
        if (!m.find() || m.group(1).startsWith("기존") || CONTRAST_LABEL.matcher(m.group(1)).find()) {
            return fallback; // "기존 RoPE: …", "VLM과의 차이: …" describe what the subject is set against, not a new subject
        }
        List<Mention> found = mentions.find(m.group(1));
        if (found.isEmpty() && VERSIONED_HEADING.matcher(m.group(1).strip()).matches()) {
            return answerTerm(m.group(1).strip()); // "- Pika-V2.5: …": a versioned name alone as the label
        }
        if (found.isEmpty() && Names.isNameLike(m.group(1)) && UseRules.PROPER_SHAPE.matcher(m.group(1)).find()) {
            // "SayCan: LLM plan + affordance model을 결합": about that name (a one-word technique or system);
            // "- AlpacaEval 2.0: … win rate로 측정": about a name nothing declared, not the context
            String label = m.group(1).strip();
            return HAS_DIGIT.matcher(label).matches() ? null : answerTerm(label);
        }
        if (found.isEmpty()) {
            // "대안: GRPO — critic 없이 …": a plain label, then the name the line is about before a dash
            Matcher dashed = NAME_DASH.matcher(line.substring(m.end() - 1));
            return dashed.lookingAt() ? lexicon.find(dashed.group(1)).orElse(fallback) : fallback;
        }
        return found.get(0).entity();
    }

    private static final java.util.regex.Pattern NAME_DASH = java.util.regex.Pattern.compile("([\\p{IsLatin}π][^\\s—–]*(?:\\s[\\p{IsLatin}\\d][^\\s—–]*){0,2}?)\\s+[—–]\\s");

    private void relation(Relation r, int line, String quote) {
        if (r.subject().equals(r.object())) {
            return;
        }
        reference(r.subject(), line);
        reference(r.object(), line);
        out.stated(res(r.subject()), r.predicate(), res(r.object()), line, quote, r.cue(), r.rule());
    }

    /** "LLaVA-OneVision", "Qwen2-VL": capitalised or numbered parts joined by hyphens. */
    private static final java.util.regex.Pattern EDITION_NAME = java.util.regex.Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.]*(?:-[\\p{Lu}\\d][\\p{L}\\d.]*)+");

    /** Records that the note names {@code e}; a versioned model is placed in its family, once per note or Q&A item. */
    private void reference(Entity e, int line) {
        if (e.family == null && (e.type().equals(Atlas.Model) || e.type().equals(Atlas.Concept) && EDITION_NAME.matcher(e.label()).matches())) {
            // "LLaVA-OneVision" defined as a keyword: a family's name with an edition is a model of that family (not "DeepSeek-R1-style")
            lexicon.familyOf(e.label()).ifPresent(f -> e.family = f);
        }
        referenced.add(e);
        if (e.family != null && !e.family.equals(e) && placed.add(e)) {
            referenced.add(e.family);
            out.stated(res(e), Atlas.partOf, res(e.family), line, note.line(line), Emitter.IMPLIED, "model-in-family");
        }
    }

    private Entity lastMention(String text, Entity fallback) {
        List<Mention> found = mentions.find(stripMarkdown(text));
        return found.isEmpty() ? fallback : found.get(found.size() - 1).entity();
    }

    private String resolveLink(String link) {
        if (URI_SCHEME.matcher(link).matches()) {
            return link;
        }
        return Atlas.BASE + "source/" + note.name() + "/" + link.replace(" ", "%20");
    }

    private Resource res(Entity e) {
        return out.entity(e);
    }

    static String stripMarkdown(String s) {
        String t = s.replace("**", "").replace("`", "");
        return (t.indexOf("](") < 0 ? t : LINK.matcher(t).replaceAll("$1")).strip();
    }
}
