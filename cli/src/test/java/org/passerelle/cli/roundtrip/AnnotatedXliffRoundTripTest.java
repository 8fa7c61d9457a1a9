package org.passerelle.cli.roundtrip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.cli.Passerelle;

/** The findings back in the translator's file ({@code qa --format xliff}), opened in OmegaT 3.6. */
class AnnotatedXliffRoundTripTest {
    private static final String FAULTY = "../samples/translations/003_29974663294a4e55.en.xlf";

    @TempDir
    Path tmp;

    @Test
    void omegatOpensTheAnnotatedCopyAndKeepsItsNotesAndQualityMarks() throws Exception {
        ExternalTool omegat = ExternalTool.require("omegat", "omegat");
        Path profile = Files.writeString(tmp.resolve("fast.properties"), "spelling.enabled = false\ngrammar.enabled = false\n");
        Path reports = tmp.resolve("reports");
        StringWriter out = new StringWriter();
        int code = Passerelle.execute(new PrintWriter(out, true), new PrintWriter(out, true), "qa", FAULTY,
                "--termbase", "../samples/termbase.tbx", "--profile", profile.toString(), "--report", reports.toString(),
                "--format", "xliff");
        assertEquals(1, code, out.toString());
        Path copy = reports.resolve("qa-xliff/samples/translations/003_29974663294a4e55.en.xlf");
        assertTrue(Files.isRegularFile(copy), out.toString());

        OmegatProject project = OmegatProject.create(tmp.resolve("omegat-project"), "fr-FR", "en-GB");
        Path source = project.addSource(copy);
        omegat.run(tmp, tmp.resolve("omegat-home"), List.of("-Djava.awt.headless=true"),
                "--mode=console-translate", project.dir().toString());

        String translated = Files.readString(project.translated(source), StandardCharsets.UTF_8);
        assertTrue(translated.contains(">error: term.forbidden: 'Declaration on the Conduct of Parties in the South China"
                + " Sea' is a forbidden term"), "the note is in the file OmegaT wrote");
        assertTrue(translated.contains("its:locQualityIssueType=\"terminology\""), "and the quality mark");
        assertTrue(translated.contains("Declaration on the Conduct of Parties in the South China Sea</mrk>"), translated);
    }
}
