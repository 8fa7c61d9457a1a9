package org.passerelle.glossary.edit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.LinkedFile;

/**
 * Exclusive access to a termbase for one read-change-write cycle, between threads and between
 * processes. The OS lock is taken on a sidecar file {@code .NAME.lock}, not on the termbase
 * itself, because every write replaces the termbase file (and a lock on a replaced file protects
 * nothing). The sidecar lies beside the file the edit really writes: a termbase reached through
 * symbolic links (or a linked directory) is locked where it is, so that editors going through
 * different names still exclude each other. The sidecar exists only while an edit runs.
 */
final class TermbaseLock implements AutoCloseable {
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();
    /** The key of a name that leads to no file: never equal to a real file's. */
    private static final Object NO_FILE = new Object();

    private final ReentrantLock threadLock;
    private final FileChannel channel;
    private final FileLock fileLock;
    private final Path lockFile;

    private TermbaseLock(ReentrantLock threadLock, FileChannel channel, FileLock fileLock, Path lockFile) {
        this.threadLock = threadLock;
        this.lockFile = lockFile;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * Waits until no other thread or process is editing {@code termbase}. The lock file is deleted
     * when the edit ends, so a process that waited on it may wake up holding a file that no longer
     * has the name: it then starts again on whatever file has the name now.
     */
    static TermbaseLock acquire(Path termbase) throws IOException {
        Path absolute = realFile(termbase);
        ReentrantLock threadLock = IN_PROCESS.computeIfAbsent(absolute, p -> new ReentrantLock());
        threadLock.lock();
        try {
            Path lockFile = absolute.resolveSibling("." + absolute.getFileName() + ".lock");
            while (true) {
                TermbaseLock lock = tryOnce(threadLock, lockFile);
                if (lock != null) {
                    return lock;
                }
            }
        } catch (IOException | RuntimeException e) {
            threadLock.unlock();
            throw e;
        }
    }

    /** The file {@link AtomicFile} replaces for {@code termbase}, in its real directory. */
    private static Path realFile(Path termbase) throws IOException {
        Path file = LinkedFile.of(termbase).toAbsolutePath();
        Path dir = file.getParent();
        return Files.isDirectory(dir) ? dir.toRealPath().resolve(file.getFileName()) : file.normalize();
    }

    /**
     * Java cannot tell which file an open channel is, and opening the lock file a second time to
     * compare would drop the POSIX lock, so the name is compared with itself: the same file key
     * (device and inode) just before and just after opening means the channel has that file, and
     * the same key again once locked means the name still leads to it.
     */
    private static TermbaseLock tryOnce(ReentrantLock threadLock, Path lockFile) throws IOException {
        Object before = fileKey(lockFile);
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            Object opened = fileKey(lockFile);
            if (opened == null) {
                // No file keys on this system: keep the lock file rather than risk two holders.
                return new TermbaseLock(threadLock, channel, channel.lock(), null);
            }
            if (opened.equals(before)) {
                FileLock fileLock = channel.lock();
                if (opened.equals(fileKey(lockFile))) {
                    return new TermbaseLock(threadLock, channel, fileLock, lockFile);
                }
            }
            channel.close();
            return null;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return NO_FILE;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            // Deleted while still held, so that nobody can lock the old file after it is gone.
            if (lockFile != null) {
                Files.deleteIfExists(lockFile);
            }
            fileLock.release();
            channel.close();
        } finally {
            threadLock.unlock();
        }
    }
}
