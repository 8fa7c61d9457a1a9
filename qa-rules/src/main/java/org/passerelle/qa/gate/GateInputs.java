package org.passerelle.qa.gate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.qa.XliffFiles;

/** The files a gate run checks: a run that would check nothing is bad input, never a green gate. */
public final class GateInputs {
    private GateInputs() {
    }

    /**
     * The XLIFF files of {@code paths} (directories searched).
     *
     * @throws InputException when a path does not exist, or when there is no XLIFF file at all
     */
    public static List<Path> files(List<Path> paths) throws InputException {
        List<Path> files = XliffFiles.expand(paths);
        if (files.isEmpty()) {
            throw XliffFiles.noneIn(paths.stream().filter(Files::isDirectory).findFirst()
                    .orElse(paths.isEmpty() ? Path.of(".") : paths.get(0)));
        }
        return files;
    }
}
