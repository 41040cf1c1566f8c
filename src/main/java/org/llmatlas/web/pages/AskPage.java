package org.llmatlas.web.pages;

import org.llmatlas.ask.Answer;
import org.llmatlas.web.Atlas;

/** {@code /ask?q=}: the answer to a question with its evidence, suggestions, choices and the SPARQL that ran. */
public final class AskPage {
    private AskPage() {}

    public static String render(Atlas atlas, String q) {
        StringBuilder b = new StringBuilder("<section class=\"hero slim\"><h1>Ask <span class=\"ko\">질문하기</span></h1>");
        b.append(form(q)).append("</section>");
        if (!q.isBlank()) {
            b.append(answer(atlas.questions().ask(q)));
        } else {
            b.append(HomePage.examples());
        }
        return Html.page(q.isBlank() ? "Ask" : q, "", b.toString());
    }

    static String form(String q) {
        return "<form class=\"bigsearch ask\" action=\"/ask\" method=\"get\"><input type=\"text\" name=\"q\" value=\"" + Html.esc(q)
                + "\" placeholder=\"which models use GQA · GQA를 사용하는 모델은?\" aria-label=\"Question\">"
                + "<button type=\"submit\">Ask</button></form>";
    }

    private static String answer(Answer a) {
        StringBuilder b = new StringBuilder("<section class=\"card\" id=\"answer\">");
        if (a.understood()) {
            b.append("<p class=\"interp\">Understood as <strong>").append(Html.esc(a.interpretation())).append("</strong> · ")
                    .append(a.answers().size()).append(" answer").append(a.answers().size() == 1 ? "" : "s").append("</p>");
        } else {
            b.append("<p class=\"interp\">Not understood: ").append(Html.esc(a.interpretation())).append("</p>");
        }
        if (!a.answers().isEmpty()) {
            b.append("<ol class=\"answers\">");
            for (Answer.Item item : a.answers()) {
                b.append("<li><div class=\"rel-head\">").append(Links.to(item.iri(), item.label())).append(" ")
                        .append(Html.typeBadge(item.type()));
                if (item.detail() != null && !item.detail().isBlank() && !"Question".equals(item.type())) {
                    b.append("<p>").append(Html.esc(item.detail())).append("</p>");
                } else if ("Question".equals(item.type()) && item.detail() != null) {
                    b.append(" ").append(Html.difficultyBadge(item.detail()));
                }
                b.append("</div>");
                for (Answer.Evidence e : item.evidence()) {
                    b.append(new Evidence(e.source(), e.line(), "Question".equals(item.type()) ? null : e.text(), null).html());
                }
                b.append("</li>");
            }
            b.append("</ol>");
        }
        b.append("</section>");
        if (!a.choices().isEmpty()) {
            b.append("<section class=\"card\"><h2>Did you mean</h2><ul class=\"plain\">");
            for (Answer.Choice c : a.choices()) {
                b.append("<li><span class=\"muted\">").append(Html.esc(c.name())).append(" →</span> ")
                        .append(Links.to(c.iri(), c.label())).append(" ").append(Html.typeBadge(c.type())).append("</li>");
            }
            b.append("</ul></section>");
        }
        if (!a.suggestions().isEmpty()) {
            b.append("<section class=\"card\"><h2>Try</h2><p class=\"chips\">");
            for (String s : a.suggestions()) {
                b.append(Html.a("/ask?q=" + Links.q(s), s)).append(" ");
            }
            b.append("</p></section>");
        }
        if (a.sparql() != null && !a.sparql().isBlank()) {
            b.append("<section class=\"card\"><details><summary>The SPARQL that answered this</summary><pre class=\"sparql\">")
                    .append(Html.esc(a.sparql())).append("</pre><p>")
                    .append(Html.a("/sparql-ui?query=" + Links.q(a.sparql()), "Open in the SPARQL editor →"))
                    .append("</p></details></section>");
        }
        return b.toString();
    }
}
