package org.passerelle.qa.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.passerelle.core.AtomicFile;

/**
 * The file a running service leaves in the user's cache directory ({@code serve.json}: its URL and
 * process), so that {@code qa} and {@code publish} find it without being told, like a build daemon.
 * It is removed when the service stops; a stale one only costs a refused connection.
 */
public final class Announcement {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Announcement() {
    }

    public static void write(Path file, String url) throws IOException {
        AtomicFile.write(file, out -> JSON.writeValue(out, Map.of("url", url, "pid", ProcessHandle.current().pid())));
    }

    /** The announced URL, if a service announced one. */
    public static Optional<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(JSON.readTree(file.toFile()).path("url").textValue());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static void remove(Path file, String url) {
        if (read(file).filter(url::equals).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A stale announcement only costs clients a refused connection.
            }
        }
    }
}
