package org.llmatlas.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.llmatlas.extract.Extractor;

/**
 * A fingerprint of the code and data that turn a note into its graph (the {@code extract} and
 * {@code repair} classes and the alias table): when it changes, every stored graph is re-extracted.
 */
final class ExtractorFingerprint {
    private static final List<String> PREFIXES = List.of("org/llmatlas/extract/", "org/llmatlas/repair/", "ontology/aliases.tsv");
    private static volatile String cached;

    private ExtractorFingerprint() {
    }

    static String get() {
        String f = cached;
        if (f == null) {
            f = compute();
            cached = f;
        }
        return f;
    }

    private static String compute() {
        TreeMap<String, byte[]> entries = new TreeMap<>();
        try {
            Path where = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(where)) {
                try (Stream<Path> files = Files.walk(where)) {
                    for (Path p : files.filter(Files::isRegularFile).toList()) {
                        String name = where.relativize(p).toString().replace('\\', '/');
                        if (relevant(name)) {
                            entries.put(name, Files.readAllBytes(p));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(where.toFile())) {
                    for (var e : jar.stream().filter(e -> relevant(e.getName()) && !e.isDirectory()).toList()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            entries.put(e.getName(), in.readAllBytes());
                        }
                    }
                }
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                md.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(bytes);
            });
            return HexFormat.of().formatHex(md.digest(), 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the extractor's classes", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean relevant(String name) {
        return PREFIXES.stream().anyMatch(name::startsWith);
    }
}
