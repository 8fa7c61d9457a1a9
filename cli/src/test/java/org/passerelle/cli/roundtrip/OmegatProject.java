package org.passerelle.cli.roundtrip;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.TMXWriter;
import net.sf.okapi.common.resource.TextFragment;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An OmegaT project directory as OmegaT 3.6 expects it: {@code omegat.project}, {@code source/} with
 * the files to translate, {@code tm/auto/} with a translation memory, {@code target/} for the
 * translated files. OmegaT fills a segment from a memory in {@code tm/auto/} when it loads the
 * project, which is what a translator's previous work looks like to it; memories directly in
 * {@code tm/} only give fuzzy matches to a translator at the screen.
 */
final class OmegatProject {

    private final Path dir;

    private OmegatProject(Path dir) {
        this.dir = dir;
    }

    static OmegatProject create(Path dir, String sourceLanguage, String targetLanguage) throws IOException {
        for (String sub : new String[] {"source", "target", "tm/auto", "glossary", "dictionary", "omegat"}) {
            Files.createDirectories(dir.resolve(sub));
        }
        writeProjectFile(dir.resolve("omegat.project"), sourceLanguage, targetLanguage);
        return new OmegatProject(dir);
    }

    Path dir() {
        return dir;
    }

    Path addSource(Path file) throws IOException {
        return Files.copy(file, dir.resolve("source").resolve(file.getFileName()));
    }

    /** The file OmegaT writes for a source file when it compiles the project. */
    Path translated(Path source) {
        return dir.resolve("target").resolve(source.getFileName());
    }

    /** A TMX memory written with Okapi's TMX writer, one translation unit per sentence. */
    void addMemory(String name, String sourceLanguage, String targetLanguage, Map<String, String> translations) {
        TMXWriter tmx = new TMXWriter(dir.resolve("tm/auto").resolve(name).toString());
        tmx.writeStartDocument(LocaleId.fromBCP47(sourceLanguage), LocaleId.fromBCP47(targetLanguage),
                "passerelle-tests", null, "sentence", null, "plaintext");
        for (Map.Entry<String, String> t : translations.entrySet()) {
            tmx.writeTU(new TextFragment(t.getKey()), new TextFragment(t.getValue()), null, Map.of());
        }
        tmx.writeEndDocument();
        tmx.close();
    }

    /**
     * OmegaT's project file. Its own sentence segmentation is off: our XLIFF is already segmented
     * and OmegaT takes each {@code mrk mtype="seg"} as a segment.
     */
    private static void writeProjectFile(Path file, String sourceLanguage, String targetLanguage) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String d : new String[] {"source_dir", "target_dir", "tm_dir", "glossary_dir", "glossary_file", "dictionary_dir"}) {
            settings.put(d, "__DEFAULT__");
        }
        settings.put("source_lang", sourceLanguage);
        settings.put("target_lang", targetLanguage);
        settings.put("source_tok", "org.omegat.tokenizer.LuceneFrenchTokenizer");
        settings.put("target_tok", "org.omegat.tokenizer.LuceneEnglishTokenizer");
        settings.put("sentence_seg", "false");
        settings.put("support_default_translations", "true");
        settings.put("remove_tags", "false");
        try {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element project = doc.createElement("project");
            project.setAttribute("version", "1.0");
            doc.appendChild(doc.createElement("omegat")).appendChild(project);
            settings.forEach((name, value) -> project.appendChild(doc.createElement(name)).setTextContent(value));
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.transform(new DOMSource(doc), new StreamResult(file.toFile()));
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IOException("cannot write " + file, e);
        }
    }
}
