package org.llmatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.llmatlas.repair.Detector;
import org.llmatlas.repair.RepairResult;
import org.llmatlas.repair.Repairer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code repair FILE [-o OUT] [--content DIR]}: repairs a note whose UTF-8 was mis-decoded with a
 * Windows code page. The language model is trained on every {@code *.md} in DIR except
 * README.md, the file being repaired, and files that are themselves damaged. The repaired text
 * goes to OUT (stdout by default), the report to stderr. Exit 0 on success, 1 on an I/O error.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Detect and repair a note mis-decoded with a Windows code page (mojibake).")
public final class RepairCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "Markdown note to repair (UTF-8).")
    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT",
            description = "Write the repaired text here (default: stdout).")
    Path output;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Directory of clean notes to train on (default: ${DEFAULT-VALUE}).")
    Path content;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return fail(err, "cannot read " + file, e);
        }
        List<String> training;
        try {
            training = trainingTexts();
        } catch (IOException e) {
            return fail(err, "cannot read training notes in " + content, e);
        }
        RepairResult result = Repairer.trainedOn(training).repair(text);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.text());
            out.flush();
        } else {
            try {
                Files.writeString(output, result.text(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return fail(err, "cannot write " + output, e);
            }
        }
        err.println(file.getFileName() + ": trained on " + training.size() + " clean note(s) in "
                + content);
        err.print(result.report());
        err.flush();
        return 0;
    }

    /** Clean notes of the content directory, minus README, the input, and damaged notes. */
    private List<String> trainingTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        if (!Files.isDirectory(content)) {
            throw new IOException("not a directory: " + content);
        }
        Detector detector = new Detector();
        Path self = file.toAbsolutePath().normalize();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(content, "*.md")) {
            List<Path> paths = new ArrayList<>();
            dir.forEach(paths::add);
            paths.sort(null); // stable order, so repeated runs train identically
            for (Path p : paths) {
                if (p.getFileName().toString().equalsIgnoreCase("README.md")
                        || p.toAbsolutePath().normalize().equals(self)) {
                    continue;
                }
                String t = Files.readString(p, StandardCharsets.UTF_8);
                if (!detector.detect(t).damaged()) {
                    texts.add(t);
                }
            }
        }
        return texts;
    }

    private static int fail(PrintWriter err, String message, IOException e) {
        err.println("repair: " + message + " (" + e.getClass().getSimpleName() + ": "
                + e.getMessage() + ")");
        err.flush();
        return 1;
    }
}
