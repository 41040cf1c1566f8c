package org.llmatlas.extract;

import java.io.IOException;
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
 * not UTF-8 are replaced and reported with their line; a BOM is dropped; CRLF becomes LF. A note
 * that cannot be read at all is reported and skipped, never failing the others.
 */
public final class NoteLoader {
    /** Notes larger than this are not loaded (reported instead): bounded memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    public record Loaded(List<LoadedNote> notes, List<String> problems) {}

    public Loaded loadDirectory(Path dir) {
        List<LoadedNote> notes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder of notes: " + dir);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        for (Path f : files) {
            try {
                long size = Files.size(f);
                if (size > MAX_BYTES) {
                    problems.add(f.getFileName() + ":1: skipped, " + size + " bytes is over the " + MAX_BYTES + "-byte limit");
                    continue;
                }
                notes.add(load(f.getFileName().toString(), Files.readAllBytes(f)));
            } catch (IOException e) {
                problems.add(f.getFileName() + ":1: cannot read: " + e.getMessage());
            }
        }
        return new Loaded(repairDamaged(notes), problems);
    }

    /**
     * Detects mis-decoded notes and repairs them with a language model trained on the notes that
     * are clean. The repaired text replaces the damaged one; the repair is recorded on the note.
     */
    public static List<LoadedNote> repairDamaged(List<LoadedNote> notes) {
        Detector detector = new Detector(); // detection needs no language model: train only when something is damaged
        List<Boolean> damaged = notes.stream().map(n -> detector.detect(n.note().text()).damaged()).toList();
        if (!damaged.contains(true)) {
            return notes;
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
        return out;
    }

    /** Decodes one note's bytes. */
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

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
