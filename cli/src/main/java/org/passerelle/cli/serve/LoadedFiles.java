package org.passerelle.cli.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.InputException;

/**
 * Termbases and profiles the service has parsed, by path, parsed again only when the file changed
 * (its time or size): a warm service answers without re-reading them.
 */
final class LoadedFiles<T> {
    interface Loader<T> {
        T load(Path file) throws InputException;
    }

    private record Loaded<T>(long modified, long size, T value) {
    }

    private final Loader<T> loader;
    private final Map<Path, Loaded<T>> loaded = new ConcurrentHashMap<>();

    LoadedFiles(Loader<T> loader) {
        this.loader = loader;
    }

    T get(Path file) throws InputException {
        long modified;
        long size;
        try {
            modified = Files.getLastModifiedTime(file).toMillis();
            size = Files.size(file);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage());
        }
        Loaded<T> hit = loaded.get(file);
        if (hit != null && hit.modified() == modified && hit.size() == size) {
            return hit.value();
        }
        T value = loader.load(file);
        loaded.put(file, new Loaded<>(modified, size, value));
        return value;
    }
}
