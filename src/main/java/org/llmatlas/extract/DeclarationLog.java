package org.llmatlas.extract;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * What one note did to the shared {@link Lexicon} in each pass, in order: the names it declared
 * (with type and rank), the families it declared, the family links it set and the types its sentences gave known names. Replaying the logs
 * of unchanged notes rebuilds the lexicon exactly as a full extraction would, without reading or
 * parsing those notes again, so one changed note can be re-extracted alone.
 *
 * <p>Serialised as text (one operation per line, tab-separated), to be kept beside the note's graph.
 */
public final class DeclarationLog {
    private static final String PASS = "--";
    private final List<String[]> declarations = new ArrayList<>();
    private final List<String[]> statements = new ArrayList<>();
    private List<String[]> current = declarations;

    DeclarationLog() {
    }

    /** Operations recorded from now on belong to the second pass. */
    void secondPass() {
        current = statements;
    }

    void record(String... op) {
        current.add(op);
    }

    private static String escape(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String field) {
        StringBuilder sb = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char n = field.charAt(++i);
                sb.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Replays the first-pass operations into {@code lexicon}. */
    void replayDeclarations(Lexicon lexicon) {
        declarations.forEach(op -> apply(lexicon, op));
    }

    /** Replays the second-pass operations into {@code lexicon}. */
    void replayStatements(Lexicon lexicon) {
        statements.forEach(op -> apply(lexicon, op));
    }

    private static void apply(Lexicon lexicon, String[] op) {
        switch (op[0]) {
            case "D" -> lexicon.declare(op[1], ResourceFactory.createResource(op[2]), Integer.parseInt(op[3]));
            case "F" -> lexicon.declareFamily(op[1]);
            case "M" -> lexicon.setFamily(lexicon.byIri(op[1]), lexicon.byIri(op[2]));
            case "T" -> lexicon.offerType(lexicon.byIri(op[1]), ResourceFactory.createResource(op[2]), Integer.parseInt(op[3]));
            default -> throw new IllegalArgumentException("unknown declaration operation: " + op[0]);
        }
    }

    /** The log as text; {@link #parse} reads it back. */
    public String serialize() {
        StringBuilder sb = new StringBuilder();
        append(sb, declarations);
        sb.append(PASS).append('\n');
        append(sb, statements);
        return sb.toString();
    }

    private static void append(StringBuilder sb, List<String[]> ops) {
        for (String[] op : ops) {
            for (int i = 0; i < op.length; i++) {
                sb.append(i == 0 ? "" : "\t").append(escape(op[i]));
            }
            sb.append('\n');
        }
    }

    /** Reads a log written by {@link #serialize}. */
    public static DeclarationLog parse(String text) {
        DeclarationLog log = new DeclarationLog();
        for (String line : text.split("\n")) {
            if (line.equals(PASS)) {
                log.secondPass();
            } else if (!line.isEmpty()) {
                String[] op = line.split("\t", -1);
                for (int i = 0; i < op.length; i++) {
                    op[i] = unescape(op[i]);
                }
                log.record(op);
            }
        }
        return log;
    }
}
