package org.llmatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Which commands use a store: serve by default, the others with --data; --content and --memory never. */
class StoreOptionsTest {
    @TempDir
    Path tmp;

    @BeforeAll
    static void noEnvironmentOverrides() {
        assumeTrue(System.getenv("ATLAS_DATA") == null && System.getenv("ATLAS_CONTENT") == null,
                "ATLAS_DATA / ATLAS_CONTENT set: defaults cannot be checked");
    }

    private static ContentOption options(Object command, String... args) {
        new CommandLine(command).parseArgs(args);
        return command instanceof ServeCommand s ? s.content : ((AskCommand) command).content;
    }

    @Test
    void serveUsesTheDataFolderByDefault() {
        assertThat(options(new ServeCommand()).dataDir(true)).isEqualTo(Path.of("data"));
        assertThat(options(new ServeCommand(), "--data", "elsewhere").dataDir(true)).isEqualTo(Path.of("elsewhere"));
    }

    @Test
    void anExplicitContentFolderOrMemoryUsesNoStore() {
        assertThat(options(new ServeCommand(), "--content", "content").dataDir(true)).isNull();
        assertThat(options(new ServeCommand(), "--memory").dataDir(true)).isNull();
        assertThat(options(new ServeCommand(), "--memory", "--data", "d").dataDir(true)).isNull();
    }

    @Test
    void otherCommandsUseAStoreOnlyWhenGivenOne() {
        assertThat(options(new AskCommand(), "q").dataDir(false)).isNull();
        assertThat(options(new AskCommand(), "--data", "d", "q").dataDir(false)).isEqualTo(Path.of("d"));
    }

    @Test
    void askWithAStoreExtractsOnceThenReusesIt() {
        String data = tmp.resolve("data").toString();
        CliTest.Run first = CliTest.run("ask", "--data", data, "which models use GQA");
        assertThat(first.code()).isZero();
        assertThat(first.out()).contains("LLaMA-2");
        assertThat(first.err()).contains("5 extracted (all: new store)");
        CliTest.Run second = CliTest.run("ask", "--data", data, "which models use GQA");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(second.err()).contains("5 notes unchanged, nothing extracted");
        assertThat(Files.isDirectory(tmp.resolve("data"))).isTrue();
    }
}
