package org.passerelle.glossary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxWriterTest {
    @TempDir
    Path dir;

    @Test
    void sampleTermbaseIsWrittenBackByteForByte() throws Exception {
        Termbase tb = new TbxReader().read(TbxReaderTest.SAMPLE);
        Path out = dir.resolve("out.tbx");
        new TbxWriter().write(tb, out);
        assertArrayEquals(Files.readAllBytes(TbxReaderTest.SAMPLE), Files.readAllBytes(out));
        assertEquals(tb.concepts(), new TbxReader().read(out).concepts());
    }
}
