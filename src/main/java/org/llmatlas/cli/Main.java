package org.llmatlas.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./atlas}: the command line. Subcommands are listed here, in one place. */
@Command(name = "atlas", mixinStandardHelpOptions = true, version = "LLM Atlas 0.1.0",
        description = "A knowledge graph of LLM / VLM / VLA study notes.",
        subcommands = {ServeCommand.class, LoadCommand.class, QueryCommand.class, AskCommand.class, ExtractCommand.class,
                RepairCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line (tests call {@code execute} on it with captured output). */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("atlas: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return 1;
        });
        return cl;
    }
}
