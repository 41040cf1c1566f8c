package org.llmatlas.sync;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.llmatlas.extract.NoteLimits;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.store.NoteEntry;
import org.llmatlas.vocab.Atlas;

/**
 * The notes folder as a synchronisation sees it: each note's bytes and their hash, in corpus order.
 * A note the store already holds whose file cannot be read, is too large or is not valid UTF-8
 * (an editor may be half-way through saving it) keeps its previous graph: its slot has no bytes.
 */
final class NoteFiles {
    private NoteFiles() {
    }

    /** One note of the folder: its bytes (null when it cannot be used) and its stored entry (or null). */
    record Slot(String name, String file, byte[] bytes, String sha256, NoteEntry entry) {
        String graph() {
            return Atlas.GRAPH + name;
        }

        boolean readable() {
            return bytes != null;
        }
    }

    /** Lists and hashes the note files; problems ({@code file:line: …}) and the files kept at their previous graph are added. */
    static List<Slot> read(Path content, Map<String, NoteEntry> stored, ProgressSink progress, List<String> problems,
            List<String> kept) {
        List<Path> files = NoteLoader.noteFiles(content);
        ProgressSink.Task reading = progress.start("reading notes", files.size());
        List<Slot> slots = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            String name = file.replaceAll("(?i)\\.md$", "");
            NoteEntry entry = stored.get(Atlas.GRAPH + name);
            String problem = null;
            byte[] bytes = null;
            try {
                long size = Files.size(f);
                if (size > NoteLimits.DEFAULT.maxBytes()) {
                    problem = "1: " + size + " bytes is over the " + NoteLimits.DEFAULT.maxBytes() + "-byte limit";
                } else {
                    bytes = Files.readAllBytes(f);
                    int bad = entry == null ? 0 : invalidUtf8Line(bytes);
                    String refused = bad > 0 ? null : NoteLimits.DEFAULT.check(new String(bytes, StandardCharsets.UTF_8));
                    if (bad > 0) {
                        problem = bad + ": not valid UTF-8 (perhaps still being written)";
                        bytes = null;
                    } else if (refused != null) {
                        problem = refused;
                        bytes = null;
                    }
                }
            } catch (IOException e) {
                problem = "1: cannot read: " + e.getMessage();
            }
            reading.step();
            if (problem != null) {
                problems.add(file + ":" + problem + (entry != null ? "; keeping its previous graph" : "; skipped"));
                if (entry == null) {
                    continue;
                }
                kept.add(file);
            }
            slots.add(new Slot(name, file, bytes, bytes == null ? null : NoteLoader.sha256(bytes), entry));
        }
        reading.done();
        return slots;
    }

    /** The 1-based line of the first byte sequence that is not UTF-8, or 0 when all of it is. */
    static int invalidUtf8Line(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                return line;
            }
            if (r.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
    }
}
