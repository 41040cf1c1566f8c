package org.llmatlas.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.llmatlas.repair.Detector;
import org.llmatlas.repair.RepairResult;
import org.llmatlas.repair.Repairer;

/**
 * Reads the notes of a folder: every {@code *.md} except README.md, in name order. Bytes that are
 * not UTF-8 are replaced and reported with their line; a BOM is dropped; CRLF becomes LF;
 * zero-width characters are removed and non-breaking spaces made plain (so {@code G\u200BQA} is
 * the name GQA). A note that cannot be read, or breaks the {@link NoteLimits}, is reported with
 * its file and line and skipped, never failing the others; no file is read past the size limit.
 */
public final class NoteLoader {
    /** The default size limit of {@link NoteLimits#DEFAULT}. */
    public static final long MAX_BYTES = NoteLimits.DEFAULT.maxBytes();

    private final NoteLimits limits;

    public NoteLoader() {
        this(NoteLimits.DEFAULT);
    }

    public NoteLoader(NoteLimits limits) {
        this.limits = java.util.Objects.requireNonNull(limits, "limits may not be null");
    }

    public record Loaded(List<LoadedNote> notes, List<String> problems) {}

    public Loaded loadDirectory(Path dir) {
        List<LoadedNote> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder of notes: " + dir);
        }
        for (Path f : noteFiles(dir)) {
            LoadedNote note = loadFile(f, problems);
            if (note != null) {
                notes.add(note);
            }
        }
        return new Loaded(repairDamaged(notes), problems);
    }

    /** The note files of a folder: every {@code *.md} except README.md, in name order (the corpus order). */
    public static List<Path> noteFiles(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /**
     * Reads and decodes one file, or returns null after adding a {@code file:line: message} problem
     * when it cannot be read, is larger than the limit, or breaks the nesting limits.
     */
    public LoadedNote loadFile(Path f, List<String> problems) {
        String file = f.getFileName().toString();
        byte[] bytes;
        try {
            bytes = readAtMost(f, limits.maxBytes());
        } catch (IOException e) {
            problems.add(file + ":1: cannot read: " + e.getMessage());
            return null;
        }
        if (bytes == null) {
            problems.add(file + ":1: skipped, too large: over the " + limits.maxBytes() + "-byte limit (" + size(f) + " bytes)");
            return null;
        }
        LoadedNote note = load(file, bytes);
        String refused = limits.check(note.note().text());
        if (refused != null) {
            problems.add(file + ":" + refused);
            return null;
        }
        return note;
    }

    /** The file's bytes, or null when it has more than {@code max}: never buffers more than max + 1 bytes. */
    private static byte[] readAtMost(Path f, long max) throws IOException {
        if (Files.size(f) > max) {
            return null;
        }
        try (InputStream in = Files.newInputStream(f)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            return bytes.length > max ? null : bytes;
        }
    }

    private static String size(Path f) {
        try {
            return Long.toString(Files.size(f));
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Detects mis-decoded notes and repairs them with a language model trained on the notes that
     * are clean. The repaired text replaces the damaged one; the repair is recorded on the note.
     * Then zero-width and non-breaking characters are cleaned from every note.
     */
    public static List<LoadedNote> repairDamaged(List<LoadedNote> notes) {
        Detector detector = new Detector(); // detection needs no language model: train only when something is damaged
        List<Boolean> damaged = notes.stream().map(n -> detector.detect(n.note().text()).damaged()).toList();
        if (!damaged.contains(true)) {
            return notes.stream().map(NoteLoader::withoutInvisibles).toList();
        }
        List<String> clean = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            if (!damaged.get(i)) {
                clean.add(notes.get(i).note().text());
            }
        }
        Repairer repairer = Repairer.trainedOn(clean);
        List<LoadedNote> out = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            LoadedNote n = notes.get(i);
            if (!damaged.get(i)) {
                out.add(n);
                continue;
            }
            RepairResult r = repairer.repair(n.note().text());
            List<String> problems = new ArrayList<>(n.problems());
            problems.add("1: mis-decoded as " + r.codePage() + "; repaired " + r.repairedSequences() + " broken sequences, "
                    + r.ambiguousChoices() + " ambiguous, " + r.unresolved().size() + " unresolved (confidence "
                    + String.format(java.util.Locale.ROOT, "%.4f", r.confidence()) + ")");
            for (var pos : r.unresolved()) {
                problems.add(pos.line() + ":" + pos.column() + ": could not repair; left U+FFFD");
            }
            RepairInfo info = new RepairInfo(r.codePage(), r.repairedSequences(), r.ambiguousChoices(), r.unresolved().size(),
                    r.confidence(), r.report());
            out.add(new LoadedNote(new Note(n.note().name(), r.text()), n.file(), n.sha256(), problems, info));
        }
        return out.stream().map(NoteLoader::withoutInvisibles).toList();
    }

    /** Invisible characters are removed after repair: mis-decoded bytes 0xA0 and 0xAD look like them. */
    private static LoadedNote withoutInvisibles(LoadedNote n) {
        List<String> problems = new ArrayList<>(n.problems());
        String text = Invisibles.clean(n.note().text(), problems);
        return text == n.note().text() ? n
                : new LoadedNote(new Note(n.note().name(), text), n.file(), n.sha256(), problems, n.repair());
    }

    /** Decodes one note's bytes; {@link #repairDamaged} finishes the text (repair, then invisibles). */
    public LoadedNote load(String fileName, byte[] bytes) {
        List<String> problems = new ArrayList<>();
        String text = decode(bytes, problems);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.indexOf('\0') >= 0) {
            problems.add(lineOf(text, text.indexOf('\0')) + ": NUL bytes: looks like a binary file; NULs removed");
            text = text.replace("\0", "");
        }
        String name = fileName.replaceAll("(?i)\\.md$", "");
        return new LoadedNote(new Note(name, text), fileName, sha256(bytes), problems, null);
    }

    private static String decode(byte[] bytes, List<String> problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            int bad = lenient.indexOf('\uFFFD');
            long count = lenient.chars().filter(c -> c == '\uFFFD').count();
            problems.add(lineOf(lenient, Math.max(0, bad)) + ": invalid UTF-8 (" + count + " byte sequences replaced by U+FFFD)");
            return lenient;
        }
    }

    static int lineOf(CharSequence text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The SHA-256 of a note file's bytes, as hex (what {@link LoadedNote#sha256()} holds). */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
