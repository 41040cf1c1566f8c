package org.llmatlas.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches a notes folder and runs an action once edits have settled: after a change to a
 * {@code .md} file, the action runs when no further change came for the debounce time (an editor
 * saving a file in several writes, or a batch of files copied in, gives one run). Runs on one
 * daemon thread; an action that throws is reported and the watch goes on.
 */
public final class Watcher implements AutoCloseable {
    private final WatchService service;
    private final Thread thread;

    private Watcher(Path dir, Duration debounce, Runnable action, Consumer<RuntimeException> onError) throws IOException {
        this.service = dir.getFileSystem().newWatchService();
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        this.thread = new Thread(() -> loop(debounce.toMillis(), action, onError), "atlas-watch");
        thread.setDaemon(true);
    }

    /** Starts watching {@code dir}; {@code action} runs after each settled batch of note edits. */
    public static Watcher start(Path dir, Duration debounce, Runnable action, Consumer<RuntimeException> onError) {
        Objects.requireNonNull(action, "action may not be null");
        try {
            Watcher w = new Watcher(dir, debounce, action, onError);
            w.thread.start();
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + dir, e);
        }
    }

    private void loop(long debounceMs, Runnable action, Consumer<RuntimeException> onError) {
        boolean pending = false;
        try {
            while (true) {
                WatchKey key = pending ? service.poll(debounceMs, TimeUnit.MILLISECONDS) : service.take();
                if (key == null) {
                    pending = false;
                    try {
                        action.run();
                    } catch (RuntimeException e) {
                        onError.accept(e);
                    }
                    continue;
                }
                for (WatchEvent<?> event : key.pollEvents()) {
                    pending |= event.kind() == StandardWatchEventKinds.OVERFLOW
                            || event.context().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".md");
                }
                key.reset();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
