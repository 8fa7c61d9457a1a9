package org.passerelle.qa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passerelle.core.InputException;
import org.passerelle.qa.gate.GateSummary;

/** The QA on XLIFF written the way other tools write it (Trados, Rainbow, Symfony, lib-xliff2), read from a directory. */
class ForeignXliffTest {
    @TempDir
    Path dir;

    private static Path resource(String name) throws Exception {
        return Path.of(ForeignXliffTest.class.getResource("/org/passerelle/qa/foreign/" + name).toURI());
    }

    @Test
    void directoryOfOtherToolsFilesIsChecked() throws Exception {
        for (String name : List.of("okapi-style.fr-vi.xlf", "rainbow-style.en.xlf", "symfony-style.vi.xlf", "trados-style.en-US.xlf",
                "omegat-3.6.en.xlf", "translate-toolkit.xlf")) {
            Files.copy(resource(name), dir.resolve(name));
        }
        QaEngineTest.Collector c = new QaEngineTest.Collector();
        QaSummary s = QaEngine.builder().termbase(Termbases.FIXED).build().run(List.of(dir), List.of(c));
        List<String> found = c.findings.stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> Path.of(f.file()).getFileName() + ":" + f.unit() + ":" + f.segment() + " " + f.check()).toList();
        assertEquals(6, s.files());
        // OmegaT's pseudo-translation is caught as not English; Translate Toolkit's 1.1 file has no target language.
        assertTrue(c.findings.stream().anyMatch(f -> f.file().endsWith("omegat-3.6.en.xlf") && f.check().equals("spelling")));
        // Untranslated segments in each tool's form: 2.x segment without target, empty mrk, missing target, state new.
        assertTrue(found.contains("okapi-style.fr-vi.xlf:u2:s2 target.empty"), found.toString());
        assertTrue(found.contains("rainbow-style.en.xlf:2:1 target.empty"), found.toString());
        assertTrue(found.contains("symfony-style.vi.xlf:3:1 target.empty") || found.stream().anyMatch(f -> f.startsWith("symfony-style.vi.xlf:3")),
                found.toString());
        assertTrue(found.stream().anyMatch(f -> f.startsWith("trados-style.en-US.xlf:c2") && f.endsWith("target.empty")), found.toString());
        // Locked units (translate="no") are counted, never checked.
        assertTrue(c.findings.stream().noneMatch(f -> f.unit().equals("c1") || f.unit().equals("u3") && f.file().contains("okapi")));
        // Files in directory order, units in file order.
        List<String> files = c.findings.stream().map(f -> Path.of(f.file()).getFileName().toString()).distinct().toList();
        assertEquals(files.stream().sorted().toList(), files);
    }

    @Test
    void hostileXliffIsOneUnreadableFindingAndBadInputNamingTheFile() throws Exception {
        Path evil = Files.writeString(dir.resolve("evil.xlf"), """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
                <file source-language="fr" target-language="en" datatype="plaintext" original="x"><body>
                <trans-unit id="1"><source>&xxe;</source></trans-unit></body></file></xliff>
                """);
        GateSummary gate = new GateSummary();
        QaSummary s = new QaEngine().run(List.of(evil), List.of(gate));
        assertEquals(1, gate.unreadable().size());
        InputException e = gate.unreadable().get(0);
        assertTrue(e.oneLine().startsWith(evil + ":2:"), e.oneLine());
        assertEquals(new QaSummary(1, 0, 1, 0, 0, 0), s, "one file, one error: the refusal");
        assertEquals(1, gate.errorsIn(evil).errors().size());
        assertEquals("xliff.unreadable", gate.errorsIn(evil).errors().get(0).check());
    }
}
