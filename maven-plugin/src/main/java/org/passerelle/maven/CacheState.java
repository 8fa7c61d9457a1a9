package org.passerelle.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * The LanguageTool cache file before and after a run. The engine rewrites it only when it had to
 * ask LanguageTool about new text, so an untouched file after a run means every result came from
 * the cache: that is what the log says, and what a build on unchanged files should show.
 */
record CacheState(Object fileKey, long modified, long size) {
    private static final CacheState ABSENT = new CacheState(null, -1, -1);

    static CacheState of(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new CacheState(a.fileKey(), a.lastModifiedTime().toMillis(), a.size());
        } catch (IOException e) {
            return ABSENT;
        }
    }

    boolean exists() {
        return size >= 0;
    }

    /** What happened to the cache between {@code before} and now, or null when there is no cache. */
    static String describe(CacheState before, CacheState after, Path file) {
        if (!after.exists()) {
            return null;
        }
        if (!before.exists()) {
            return "LanguageTool results cached in " + file;
        }
        if (Objects.equals(before, after)) {
            return "LanguageTool results reused from " + file + " (no new text to check)";
        }
        return "LanguageTool cache " + file + " updated with the text that changed";
    }
}
