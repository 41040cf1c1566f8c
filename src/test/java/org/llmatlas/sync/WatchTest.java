package org.llmatlas.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.llmatlas.query.Sparql;
import org.llmatlas.store.AtlasStore;
import org.llmatlas.store.TdbStore;
import org.llmatlas.web.Atlas;

/** Watching the notes folder: an edit reaches the store and the web services without a restart. */
class WatchTest {
    private static final String NOTE = "textbook-03-llm-architecture.md";

    @TempDir
    Path tmp;

    @Test
    void anEditIsExtractedAndShownWithoutARestart() throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.copy(Path.of("content", NOTE), content.resolve(NOTE));
        try (TdbStore store = AtlasStore.persistent(tmp.resolve("data"))) {
            ContentSync sync = new ContentSync(content, store, ProgressSink.NONE);
            sync.sync(false);
            Atlas atlas = Atlas.over(store, Sparql.defaults(), store::texts);
            assertThat(atlas.index().best("Zeta Attention")).isNull();
            AtomicInteger runs = new AtomicInteger();
            try (Watcher w = Watcher.start(content, Duration.ofMillis(300), () -> {
                SyncReport r = sync.sync(false); // as serve --watch runs it
                if (r.changedAnything()) {
                    atlas.refresh(r.entities());
                }
                runs.incrementAndGet();
            }, e -> { })) {
                Files.writeString(content.resolve(NOTE), "\n## 7. 새 용어\n\n- **Zeta Attention (ZA)**: 가상의 기법.\n",
                        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                Files.writeString(content.resolve("ignored.txt"), "not a note", StandardCharsets.UTF_8);
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (atlas.index().best("Zeta Attention") == null && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
            }
            assertThat(atlas.index().best("Zeta Attention")).isNotNull();
            assertThat(atlas.sources().get("textbook-03-llm-architecture")).contains("Zeta Attention");
            assertThat(runs.get()).isEqualTo(1);
        }
    }

    @Test
    void anActionThatFailsIsReportedAndTheWatchGoesOn() throws Exception {
        AtomicInteger failures = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        try (Watcher w = Watcher.start(tmp, Duration.ofMillis(100), () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("boom");
        }, e -> failures.incrementAndGet())) {
            for (int i = 0; i < 2; i++) {
                int before = runs.get();
                Files.writeString(tmp.resolve("n" + i + ".md"), "# n", StandardCharsets.UTF_8);
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (runs.get() == before && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
            }
        }
        assertThat(runs.get()).isEqualTo(2);
        assertThat(failures.get()).isEqualTo(2);
    }

}
