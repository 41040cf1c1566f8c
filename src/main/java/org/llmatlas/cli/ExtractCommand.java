package org.llmatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.llmatlas.extract.DocumentReport;
import org.llmatlas.extract.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code extract [-o FILE.trig]}: extract the notes, print a summary per note, optionally write the dataset. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract the notes and report what was found.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ContentOption content;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the dataset (.trig, .nq, .jsonld).")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Extraction x = content.extract(spec.commandLine().getErr());
        for (DocumentReport r : x.reports()) {
            out.print(r.summary());
        }
        if (output != null) {
            Lang lang = RDFLanguages.filenameToLang(output.toString(), Lang.TRIG);
            if (!RDFLanguages.isQuads(lang)) {
                lang = Lang.TRIG;
            }
            try (OutputStream os = Files.newOutputStream(output)) {
                RDFDataMgr.write(os, x.dataset(), lang);
            }
            out.println("wrote " + output + " (" + lang.getName() + ")");
        }
        out.flush();
        return 0;
    }
}
