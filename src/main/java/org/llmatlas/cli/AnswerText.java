package org.llmatlas.cli;

import org.llmatlas.ask.Answer;

/** A readable rendering of an {@link Answer} for the terminal. */
final class AnswerText {
    private AnswerText() {}

    static String render(Answer a) {
        StringBuilder sb = new StringBuilder();
        if (!a.understood()) {
            sb.append("Not understood: ").append(a.interpretation()).append('\n');
            if (!a.suggestions().isEmpty()) {
                sb.append("Try:\n");
                a.suggestions().forEach(s -> sb.append("  - ").append(s).append('\n'));
            }
            return sb.toString();
        }
        sb.append("Q: ").append(a.question()).append("\n   (").append(a.interpretation()).append(")\n");
        if (a.answers().isEmpty()) {
            sb.append("No answers in the notes.\n");
        }
        for (Answer.Item item : a.answers()) {
            sb.append("• ").append(item.label()).append(" [").append(item.type()).append(']');
            if (item.detail() != null && !item.detail().isBlank() && !"Relation".equals(item.type())) {
                sb.append(" — ").append(item.detail().length() > 300 ? item.detail().substring(0, 300) + "…" : item.detail());
            }
            sb.append('\n');
            for (Answer.Evidence e : item.evidence()) {
                String text = e.text().length() > 160 ? e.text().substring(0, 160) + "…" : e.text();
                sb.append("    ").append(e.source()).append(':').append(e.line()).append("  ").append(text).append('\n');
            }
        }
        if (!a.choices().isEmpty()) {
            sb.append("Also could mean: ");
            a.choices().forEach(c -> sb.append(c.label()).append(" (").append(c.type()).append(")  "));
            sb.append('\n');
        }
        return sb.toString();
    }
}
