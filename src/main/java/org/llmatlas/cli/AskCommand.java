package org.llmatlas.cli;

import com.google.gson.GsonBuilder;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.llmatlas.ask.Answer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask "QUESTION" [--format json|text]}. Exit 0 when understood, 1 when not. */
@Command(name = "ask", mixinStandardHelpOptions = true, description = "Ask a question in English or Korean.")
final class AskCommand implements Callable<Integer> {
    enum Format { json, text }

    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Mixin
    EndpointOption endpoint;

    @Parameters(paramLabel = "QUESTION", description = "e.g. \"which models use GQA\" or \"GQA를 사용하는 모델은?\"")
    String question;

    @Option(names = "--format", defaultValue = "text", description = "json or text (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Answer a = endpoint.atlasOr(content, spec.commandLine().getErr()).questions().ask(question);
        if (format == Format.json) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(a));
        } else {
            out.print(AnswerText.render(a));
        }
        out.flush();
        return a.understood() ? 0 : 1;
    }
}
