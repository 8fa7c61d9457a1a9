package org.passerelle.xliff;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import net.sf.okapi.common.XMLWriter;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import org.passerelle.core.InputException;

/**
 * The {@link OriginalArticle} in the XLIFF file, where CAT tools keep what they do not translate:
 * in 1.2 one {@code <note from="passerelle-article">key: value</note>} per field in the file's
 * {@code <header>} (the strict schema has no other place for data of ours: {@code <prop-group>} is
 * gone from it); in 2.x the metadata module on the file,
 * {@code <mda:metaGroup category="passerelle:article"><mda:meta type="key">value</mda:meta>}.
 * An image is the field {@code image} with the value {@code <unit id> <address>}.
 */
final class OriginalArticleNotes {

    static final String NOTE_FROM = "passerelle-article";
    static final String META_CATEGORY = ArticleXliff.TYPE_PREFIX + "article";
    static final String IMAGE = "image";

    private static final String NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
    private static final XMLInputFactory FACTORY = XliffScanner.secureFactory();

    private OriginalArticleNotes() {
    }

    /** The fields as key/value pairs, images last, in the order they are written. */
    static List<Map.Entry<String, String>> entries(OriginalArticle article) {
        List<Map.Entry<String, String>> entries = new ArrayList<>();
        for (String key : OriginalArticle.KEYS) {
            article.field(key).ifPresent(v -> entries.add(Map.entry(key, v)));
        }
        article.images().forEach(i -> entries.add(Map.entry(IMAGE, i.unitId() + " " + i.src())));
        return entries;
    }

    /** The 1.2 header notes, for Okapi's writer to put in {@code <header>}; escaped by Okapi's XML writer. */
    static String xliff12Header(OriginalArticle article) {
        StringWriter out = new StringWriter();
        XMLWriter xml = new XMLWriter(out);
        for (Map.Entry<String, String> e : entries(article)) {
            xml.writeStartElement("note");
            xml.writeAttributeString("from", NOTE_FROM);
            xml.writeAttributeString("annotates", "general");
            xml.writeString(e.getKey() + ": " + e.getValue());
            xml.writeEndElementLineBreak();
        }
        xml.flush();
        return out.toString();
    }

    /** The 2.x file-level metadata, or null when there is nothing to say. */
    static Metadata xliff2Metadata(OriginalArticle article) {
        List<Map.Entry<String, String>> entries = entries(article);
        if (entries.isEmpty()) {
            return null;
        }
        MetaGroup group = new MetaGroup(META_CATEGORY);
        entries.forEach(e -> group.add(new Meta(e.getKey(), e.getValue())));
        Metadata metadata = new Metadata();
        metadata.addGroup(group);
        return metadata;
    }

    /**
     * Reads the first {@code <file>}'s original article back. Call after {@link XliffReader} has
     * read the file: it has refused what is not safe, well-formed XLIFF.
     */
    static OriginalArticle read(Path xliff) throws InputException {
        try (InputStream in = Files.newInputStream(xliff)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return read(xml);
            } finally {
                xml.close();
            }
        } catch (IOException | XMLStreamException e) {
            throw new InputException(xliff, "unreadable: " + e.getMessage(), e);
        }
    }

    private static OriginalArticle read(XMLStreamReader xml) throws XMLStreamException {
        String file = null;
        Map<String, String> fields = new LinkedHashMap<>();
        List<OriginalArticle.Image> images = new ArrayList<>();
        int depthInUnit = 0;
        boolean inOurGroup = false;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (isUnit(name)) {
                    depthInUnit--;
                } else if ("metaGroup".equals(name)) {
                    inOurGroup = false;
                } else if ("file".equals(name)) {
                    break;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if ("file".equals(name)) {
                file = xml.getAttributeValue(null, "original");
            } else if (isUnit(name)) {
                depthInUnit++;
            } else if ("metaGroup".equals(name)) {
                inOurGroup = NS_MDA.equals(xml.getNamespaceURI())
                        && META_CATEGORY.equals(xml.getAttributeValue(null, "category"));
            } else if (depthInUnit == 0 && isOurField(xml, inOurGroup)) {
                String key = "meta".equals(name) ? xml.getAttributeValue(null, "type") : null;
                String text = xml.getElementText().strip();
                if (key == null) {
                    int colon = text.indexOf(": ");
                    if (colon < 0) {
                        continue;
                    }
                    key = text.substring(0, colon);
                    text = text.substring(colon + 2).strip();
                }
                add(key, text, fields, images);
            }
        }
        return new OriginalArticle(file, fields, images);
    }

    private static boolean isUnit(String name) {
        return "trans-unit".equals(name) || "unit".equals(name) || "bin-unit".equals(name);
    }

    private static boolean isOurField(XMLStreamReader xml, boolean inOurGroup) {
        if ("note".equals(xml.getLocalName())) {
            return NOTE_FROM.equals(xml.getAttributeValue(null, "from"));
        }
        return inOurGroup && "meta".equals(xml.getLocalName()) && xml.getAttributeValue(null, "type") != null;
    }

    private static void add(String key, String value, Map<String, String> fields, List<OriginalArticle.Image> images) {
        if (IMAGE.equals(key)) {
            int space = value.indexOf(' ');
            if (space > 0) {
                images.add(new OriginalArticle.Image(value.substring(0, space), value.substring(space + 1).strip()));
            }
        } else if (OriginalArticle.KEYS.contains(key) && !value.isEmpty()) {
            fields.putIfAbsent(key, value);
        }
    }
}
