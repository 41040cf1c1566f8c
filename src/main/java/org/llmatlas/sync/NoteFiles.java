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
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.llmatlas.extract.NoteLimits;
import org.llmatlas.extract.NoteLoader;
import org.llmatlas.store.NoteEntry;
import org.llmatlas.vocab.Atlas;

/**
 * The notes folder as a synchronisation sees it: each note's bytes and their hash, in corpus order.
 * A note the store already holds whose file cannot be read, is too large or is not valid UTF-8
 * (an editor may be half-way through saving it) keeps its previous graph: its slot has no bytes.
 *
 * <p>Hashing every file at every update costs more than all else when one note of a thousand
 * changed, so the folder remembers, for each file it hashed, its size, modification time and file
 * key: a file whose attributes are unchanged and whose hash is the one the store recorded is not
 * read again (its slot is {@linkplain Slot#unread() unread}). Only attributes taken when the file
 * was last modified well before it was read are kept (a write in the same clock tick as the read
 * would otherwise go unnoticed), as git and make do.
 */
final class NoteFiles {
    /** A file modified less than this before it was read is read again next time. */
    private static final long SETTLED_MILLIS = 2_000;

    private final Path content;
    private final Map<Path, Stamp> stamps = new ConcurrentHashMap<>();

    NoteFiles(Path content) {
        this.content = content;
    }

    /** A file's attributes when it was hashed, and the hash. */
    private record Stamp(long size, FileTime modified, Object fileKey, String sha256) {}

    /**
     * One note of the folder: its bytes (null when it cannot be used, or is unread) and its stored
     * entry (or null). An unread slot is a note whose file is the one the store holds.
     */
    record Slot(String name, String file, Path path, byte[] bytes, String sha256, NoteEntry entry) {
        String graph() {
            return Atlas.GRAPH + name;
        }

        boolean readable() {
            return bytes != null;
        }

        boolean unread() {
            return bytes == null && sha256 != null;
        }
    }

    /** Lists and hashes the note files; problems ({@code file:line: …}) and the files kept at their previous graph are added. */
    List<Slot> read(Map<String, NoteEntry> stored, ProgressSink progress, List<String> problems, List<String> kept) {
        List<Path> files = NoteLoader.noteFiles(content);
        stamps.keySet().retainAll(new java.util.HashSet<>(files));
        ProgressSink.Task reading = progress.start("reading notes", files.size());
        List<Slot> slots = new ArrayList<>();
        for (Path f : files) {
            String file = f.getFileName().toString();
            String name = file.replaceAll("(?i)\\.md$", "");
            NoteEntry entry = stored.get(Atlas.GRAPH + name);
            Slot slot = entry == null ? null : unchanged(f, name, entry);
            if (slot == null) {
                slot = read(f, name, entry, problems, kept);
            }
            if (slot != null) {
                slots.add(slot);
            }
            reading.step();
        }
        reading.done();
        return slots;
    }

    /** The slots with every unread note read (a full extraction needs them all). */
    List<Slot> readAll(List<Slot> slots, List<String> problems, List<String> kept) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots) {
            Slot r = s.unread() ? read(s.path(), s.name(), s.entry(), problems, kept) : s;
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** An unread slot when the file is as it was when hashed last and the store holds that version; else null. */
    private Slot unchanged(Path f, String name, NoteEntry entry) {
        Stamp stamp = stamps.get(f);
        if (stamp == null || !stamp.sha256().equals(entry.sourceHash())) {
            return null;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            boolean same = a.size() == stamp.size() && a.lastModifiedTime().equals(stamp.modified())
                    && java.util.Objects.equals(a.fileKey(), stamp.fileKey());
            return same ? new Slot(name, f.getFileName().toString(), f, null, stamp.sha256(), entry) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Reads and hashes one note; null when it cannot be used and the store has no graph of it. */
    private Slot read(Path f, String name, NoteEntry entry, List<String> problems, List<String> kept) {
        String file = f.getFileName().toString();
        String problem = null;
        byte[] bytes = null;
        try {
            long readAt = System.currentTimeMillis();
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            long size = a.size();
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
            if (bytes != null) {
                String sha256 = NoteLoader.sha256(bytes);
                boolean settled = readAt - a.lastModifiedTime().toMillis() > SETTLED_MILLIS && bytes.length == size;
                if (settled) {
                    stamps.put(f, new Stamp(size, a.lastModifiedTime(), a.fileKey(), sha256));
                } else {
                    stamps.remove(f);
                }
                return new Slot(name, file, f, bytes, sha256, entry);
            }
        } catch (IOException e) {
            problem = "1: cannot read: " + e.getMessage();
        }
        stamps.remove(f);
        problems.add(file + ":" + problem + (entry != null ? "; keeping its previous graph" : "; skipped"));
        if (entry == null) {
            return null;
        }
        kept.add(file);
        return new Slot(name, file, f, null, null, entry);
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
