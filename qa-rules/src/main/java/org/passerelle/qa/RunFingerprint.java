package org.passerelle.qa;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

/**
 * Everything besides a file's own bytes that its unit findings depend on: the profile's settings,
 * the checks and the code that runs them, the termbase's bytes and the target language given for
 * files without one. Two runs with the same fingerprint find the same in the same file, so the
 * findings can be reused. Suppressions are not part of it: they are applied when findings are restored.
 */
final class RunFingerprint {
    private final String value;

    private RunFingerprint(String value) {
        this.value = value;
    }

    /**
     * @param termbase the termbase file, or null for none
     */
    static RunFingerprint of(Profile profile, List<CheckDefinition> checks, Path termbase, String targetLanguage)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        for (CheckDefinition d : checks) {
            sb.append(d.id()).append('=').append(settings(profile.settings(d.id()))).append('\n');
        }
        TreeSet<String> code = new TreeSet<>();
        code.add(codeVersion(QaEngine.class));
        checks.forEach(d -> code.add(codeVersion(hostClass(d.factory().getClass()))));
        for (LanguageSupport language : LanguageSupports.installed()) {
            code.add(codeVersion(language.getClass()));
        }
        code.forEach(c -> sb.append("code ").append(c).append('\n'));
        sb.append("termbase ").append(termbase == null ? "none" : sha256(Files.readAllBytes(termbase))).append('\n');
        sb.append("target-language ").append(targetLanguage).append('\n');
        return new RunFingerprint(sha256(sb.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** The key of one file's findings: this fingerprint, the file as named in the reports, and its bytes. */
    String fileKey(String name, byte[] content) {
        MessageDigest digest = sha256();
        digest.update(value.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(name.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String settings(CheckSettings s) {
        return s.enabled() + "," + s.severity() + "," + s.sourceSeverity() + "," + new TreeMap<>(s.parameters());
    }

    /** A lambda's class ("SpellingCheck$$Lambda$12") stands for the class that wrote it. */
    private static Class<?> hostClass(Class<?> c) {
        int lambda = c.getName().indexOf("$$");
        if (lambda < 0) {
            return c;
        }
        try {
            return Class.forName(c.getName().substring(0, lambda), false, c.getClassLoader());
        } catch (ClassNotFoundException e) {
            return c;
        }
    }

    /**
     * Where a class's code comes from and when it was built (the jar's size and time, or the newest
     * class file of its directory), so that a rebuilt check does not reuse what the old one found.
     */
    private static String codeVersion(Class<?> c) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return c.getName();
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isDirectory(location)) {
                return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            try (Stream<Path> files = Files.walk(location)) {
                long newest = files.mapToLong(RunFingerprint::modified).max().orElse(0);
                return location + ":" + newest;
            }
        } catch (URISyntaxException | IOException | IllegalArgumentException e) {
            return String.valueOf(source.getLocation());
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
