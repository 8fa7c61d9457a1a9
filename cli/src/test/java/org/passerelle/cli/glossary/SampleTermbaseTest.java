package org.passerelle.cli.glossary;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Tests that run glossary commands on their own copy of the sample termbase. */
abstract class SampleTermbaseTest {
    @TempDir
    Path dir;
    Path tbx;

    @BeforeEach
    void copySample() throws Exception {
        tbx = CommandRun.copySample(dir);
    }
}
