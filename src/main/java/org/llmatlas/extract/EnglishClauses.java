package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.llmatlas.vocab.Atlas;

/**
 * Relations stated in English sentences, which the notes hold beside the Korean ones (lines copied from a paper or
 * a model card, English study notes): "Used by LLaMA-2, Mistral and Gemma.", "PaLM and Falcon adopt MQA.",
 * "DeepSeek-V2 introduced MLA.", "SigLIP improves on CLIP.", "LLaMA-3 was evaluated on MMLU and GSM8K." Both ends
 * must be names (known, or written as proper names): an English sentence's plain nouns ("we use a cosine schedule")
 * are not techniques. A clause with no named subject ("It is used by …", "Used by …") is about the context.
 */
final class EnglishClauses {
    private static final String LIST = "([\\p{IsLatin}π][^;:.?!()]*?(?:\\([^()]*\\)[^;:.?!()]*?)*)";
    private static final String BE = "(?:(?:is|are|was|were|has been|have been)\\s+)?(?:(?:also|now|widely|mainly|first)\\s+)?";

    /** "GQA is used by LLaMA-2 and Mistral", "Used in PaLM": the names after the verb use the subject. */
    static final Pattern USED_BY = Pattern.compile("(?i)\\b" + BE + "(?:used|adopted|employed|introduced|popularized|popularised)\\s+(?:by|in)\\s+" + LIST + "(?=[.;:)]|$)");
    /** "PaLM and Falcon adopt MQA", "DeepSeek-V2 introduced MLA", "OpenVLA is built on LLaMA-2": the subject uses the names after the verb. */
    static final Pattern USES = Pattern.compile("(?i)(?<![\\p{L}])(?:uses?|adopts?|adopted|employs?|employed|introduces?|introduced|relies on|rely on|builds? on|(?:(?:is|are)\\s+)?built on|(?:(?:is|are)\\s+)?based on|combines?)(?!\\s+(?:by|in|at|from)\\b)\\s+(?:the\\s+)?" + LIST + "(?=[.;:)]|$)");
    /** "SigLIP improves on CLIP", "Mamba-2 is an improved version of Mamba", "a successor to PaLM", "outperforms GPT-3.5". */
    static final Pattern IMPROVES = Pattern.compile("(?i)\\b(?:improves?\\s+(?:on|upon)|outperforms?|supersedes?|replaces?|(?:an?\\s+)?alternative\\s+to|" + BE
            + "(?:an?\\s+)?(?:improved|better|faster)\\s+(?:version|variant)\\s+of|(?:is\\s+)?(?:the\\s+|a\\s+)?successor\\s+(?:of|to))\\s+(?:the\\s+[^.;]*?\\s+of\\s+)?" + LIST + "(?=[.;:)]|$)");
    /** "LLaMA-3 was evaluated on MMLU and GSM8K", "measured with ECE": the subject is evaluated by the names. */
    static final Pattern EVALUATED = Pattern.compile("(?i)\\b" + BE + "(?:evaluated|benchmarked|tested|measured|assessed|scored)\\s+(?:on|with|by|using)\\s+" + LIST + "(?=[.;:)]|$)");

    /** The clause's subject: a name at its start before the verb phrase ("GQA is …", "PaLM and Falcon adopt …"). */
    /** "It", "This method", "a sparse MoE model": the clause speaks of the context (the bullet's term). */
    private static final Pattern PRONOUN = Pattern.compile("(?i)(?:it|this|they|these|(?:this|the|an?)\\s+(?:[\\p{L}\\-]+\\s+){0,3}?(?:model|method|technique|variant|version|approach))");
    private static final Pattern LEADING_WORDS = Pattern.compile("^(?:and|the|both|also)\\s+", Pattern.CASE_INSENSITIVE);

    private static final Pattern CLAUSE_END = Pattern.compile("(?<=[.;!?])\\s+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final SlotNames slots;

    EnglishClauses(SlotNames slots) {
        this.slots = slots;
    }

    /** Whether a sentence may state one of the relations in English (cheap; the patterns need one of these words). */
    static boolean mayState(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return Clauses.hasAny(lower, "use", "adopt", "employ", "introduc", "popular", "relies on", "rely on", "built on", "combine", "alternative to",
                "builds on", "based on", "improve", "outperform", "supersede", "replace", "successor", "evaluated", "benchmarked",
                "tested", "measured", "assessed", "scored");
    }

    void relations(String s, Entity context, int line, List<Relation> out) {
        for (String clause : CLAUSE_END.split(s)) {
            passive(clause, USED_BY, Atlas.uses, "en-used-by", context, line, out);
            active(clause, USES, Atlas.uses, "en-uses", context, line, out);
            active(clause, IMPROVES, Atlas.improvesOn, "en-improves-on", context, line, out);
            active(clause, EVALUATED, Atlas.evaluatedBy, "en-evaluated-on", context, line, out);
        }
    }

    /** "X is used by A, B": each of A, B uses X (the clause's subject, else the context). */
    private void passive(String clause, Pattern p, Property relation, String rule, Entity context, int line, List<Relation> out) {
        Matcher m = p.matcher(clause);
        while (m.find()) {
            Optional<Entity> object = subject(clause.substring(0, m.start()), context, line);
            for (Entity user : names(m.group(1), Atlas.Model, line)) {
                object.filter(o -> !o.equals(user)).ifPresent(o -> out.add(new Relation(user, relation, o, Emitter.STATED, rule)));
            }
        }
    }

    /** "A and B adopt X": A and B (the clause's subject, else the context) stand in the relation to each name after the verb. */
    private void active(String clause, Pattern p, Property relation, String rule, Entity context, int line, List<Relation> out) {
        Matcher m = p.matcher(clause);
        while (m.find()) {
            List<Entity> subjects = subjects(clause.substring(0, m.start()), context, line);
            Resource objectType = relation.equals(Atlas.evaluatedBy) ? Atlas.Benchmark : Atlas.Concept;
            for (Entity object : names(m.group(1), objectType, line)) {
                for (Entity subject : subjects) {
                    if (!subject.equals(object)) {
                        out.add(new Relation(subject, relation, object, Emitter.STATED, rule));
                    }
                }
            }
        }
    }

    /** The one subject of a passive clause: the name it opens with, else the context for a pronoun or nothing. */
    private Optional<Entity> subject(String before, Entity context, int line) {
        List<Entity> subjects = subjects(before, context, line);
        return subjects.size() == 1 ? Optional.of(subjects.get(0)) : Optional.empty();
    }

    /**
     * The subjects of a clause: the names before the verb ("PaLM and Falcon adopt"), the name a relative clause hangs on
     * ("LLaMA-2, which uses"), the context for a pronoun or nothing ("It uses", "Used by"); none when other words come
     * before the verb ("We use", "In 2023 Meta released …").
     */
    private List<Entity> subjects(String before, Entity context, int line) {
        String head = before.strip();
        Matcher relative = RELATIVE.matcher(head);
        if (relative.find()) {
            head = lastName(head.substring(0, relative.start()));
        }
        head = LEADING_WORDS.matcher(head).replaceFirst("");
        if (head.isEmpty() || PRONOUN.matcher(head).matches()) {
            return context == null ? List.of() : List.of(context);
        }
        List<String> items = slots.splitList(head);
        if (items.stream().anyMatch(i -> slots.lexicon().find(i).isEmpty() && !PROPER_WORDS.matcher(i).matches() || NOT_SUBJECT.matcher(i).lookingAt())) {
            return List.of();
        }
        return names(head, Atlas.Model, line);
    }

    /** Words that each have a capital or a digit: "Mixtral 8x7B", "Stable Diffusion 3" (not "Meta released LLaMA-3"). */
    private static final Pattern PROPER_WORDS = Pattern.compile("[^\\s]*[\\p{Lu}\\d][^\\s]*(?:\\s+[^\\s]*[\\p{Lu}\\d][^\\s]*){0,3}");

    /** The name a text ends with: its longest known tail of words, else its last word ("Meta released LLaMA-3" → LLaMA-3). */
    private String lastName(String text) {
        String[] words = SPACES.split(text.strip());
        for (int i = 0; i < words.length; i++) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (slots.lexicon().find(tail).isPresent()) {
                return tail;
            }
        }
        return words[words.length - 1];
    }

    /** "which", "that" closing the words before the verb: a relative clause on the name before it. */
    private static final Pattern RELATIVE = Pattern.compile("(?i),?\\s+(?:which|that|who)$");
    /** Words a clause opens with that are no name: persons, prepositions, times. */
    private static final Pattern NOT_SUBJECT = Pattern.compile("(?i)(?:we|you|i|one|our|in|on|at|since|after|before|for|with|when|while|if|as)\\b|\\d{4}\\b");

    /** The names of a list ("LLaMA-2, Mistral, and Gemma"): each known, or a proper name declared as {@code type}. */
    private List<Entity> names(String list, Resource type, int line) {
        List<Entity> out = new ArrayList<>();
        for (String item : slots.splitList(list.replace(" with ", ", "))) { // "combines NF4 quantization with LoRA"
            String name = LEADING_WORDS.matcher(item.strip()).replaceFirst("");
            if (name.isEmpty() || !Names.startsLatinOrGreek(name) || name.equals(name.toLowerCase(Locale.ROOT)) && slots.lexicon().find(name).isEmpty()) {
                continue; // "a cosine schedule": plain English words name no technique
            }
            slots.resolveOrDeclare(name, type, line).filter(e -> !out.contains(e)).ifPresent(out::add);
        }
        return out;
    }
}
