package org.passerelle.qa;

import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;

/**
 * Runs every enabled check of a profile over XLIFF files and directories and hands the findings to
 * listeners. It knows checks only through the {@code Check} interface.
 */
public final class QaEngine {

    /** @param paths files or directories, as given by the user (directories are searched for XLIFF) */
    public QaSummary run(List<Path> paths, List<ReportListener> listeners) throws InputException {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
