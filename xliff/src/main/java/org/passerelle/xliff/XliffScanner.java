package org.passerelle.xliff;

import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.core.InputException;

/**
 * Streams once through an XLIFF document with a locked-down StAX parser before any XLIFF library
 * sees it: refuses a DOCTYPE (so no external entity, no DTD, no entity expansion can ever happen
 * later), reports malformed XML and undecodable bytes with line and column, and reads the version,
 * encoding and languages. Memory stays flat whatever the file size.
 */
final class XliffScanner {

    static final String NS_12 = "urn:oasis:names:tc:xliff:document:1.2";
    static final String NS_20 = "urn:oasis:names:tc:xliff:document:2.0";
    static final String NS_ITS = "http://www.w3.org/2005/11/its";

    private static final XMLInputFactory FACTORY = secureFactory();

    private XliffScanner() {
    }

    static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setXMLResolver((publicId, systemId, base, ns) -> {
            throw new XMLStreamException("external resource refused: " + systemId);
        });
        return f;
    }

    static XliffHeader scan(Path file) throws InputException {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        XMLStreamReader xml = null;
        try (InputStream in = Files.newInputStream(file)) {
            xml = FACTORY.createXMLStreamReader(in);
            String encoding = xml.getEncoding() != null ? xml.getEncoding()
                    : xml.getCharacterEncodingScheme() != null ? xml.getCharacterEncodingScheme() : "UTF-8";
            String label = null;
            XliffVersion version = null;
            String src = null;
            String trg = null;
            Set<String> namespaces = new HashSet<>();
            boolean root = true;
            boolean externalIts = false;
            LayoutSpaceUnits layoutUnits = new LayoutSpaceUnits();
            DeclaredStructure structure = new DeclaredStructure(file);
            ChangeTrackRules changeTracks = new ChangeTrackRules(file);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw error(file, xml.getLocation(), "DOCTYPE declarations are not allowed in XLIFF (no DTD, no entities)");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw error(file, xml.getLocation(), "undeclared entity &" + xml.getLocalName() + ";");
                }
                if (event == XMLStreamConstants.END_ELEMENT) {
                    layoutUnits.end();
                    if (version == XliffVersion.V2) {
                        changeTracks.end(xml);
                    }
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                externalIts = externalIts || ExternalItsReferences.present(xml);
                layoutUnits.start(xml);
                if (root) {
                    root = false;
                    String ns = xml.getNamespaceURI();
                    if (!"xliff".equals(xml.getLocalName())) {
                        throw error(file, xml.getLocation(), "not an XLIFF document: the root element is <"
                                + xml.getLocalName() + ">");
                    }
                    label = unqualifiedAttribute(xml, "version");
                    for (int i = 0; i < xml.getNamespaceCount(); i++) {
                        namespaces.add(xml.getNamespaceURI(i));
                    }
                    if (NS_20.equals(ns) || (label != null && label.startsWith("2"))) {
                        version = XliffVersion.V2;
                        src = unqualifiedAttribute(xml, "srcLang");
                        trg = unqualifiedAttribute(xml, "trgLang");
                    } else if (ns == null || ns.isEmpty() || ns.startsWith("urn:oasis:names:tc:xliff:document:1.")) {
                        version = XliffVersion.V1_2;
                    } else {
                        throw error(file, xml.getLocation(), "unknown XLIFF namespace " + ns);
                    }
                    if (label == null) {
                        label = version == XliffVersion.V2 ? "2.0" : "1.2";
                    }
                } else if (version == XliffVersion.V1_2 && src == null && "file".equals(xml.getLocalName())) {
                    src = unqualifiedAttribute(xml, "source-language");
                    trg = unqualifiedAttribute(xml, "target-language");
                }
                structure.element(xml, version);
                if (version == XliffVersion.V2) {
                    changeTracks.start(xml);
                }
            }
            if (version == null) {
                throw new InputException(file, "empty document");
            }
            return new XliffHeader(version, label, encoding, src, trg, namespaces, externalIts,
                    layoutUnits.units(), structure.duplicateUnitIds());
        } catch (XMLStreamException e) {
            // Decoding errors come without a location: the parser's last position is close enough.
            if (e.getNestedException() instanceof CharConversionException || isDecodingError(e)) {
                throw DecodingErrorLocator.locate(file, encodingOf(xml), e);
            }
            Location at = e.getLocation() != null && e.getLocation().getLineNumber() > 0 ? e.getLocation()
                    : xml == null ? null : xml.getLocation();
            throw error(file, at, cleanMessage(e.getMessage()), e);
        } catch (CharConversionException e) {
            throw DecodingErrorLocator.locate(file, encodingOf(xml), e);
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file", e);
        } catch (IOException e) {
            throw new InputException(file, "unreadable: " + e.getMessage(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream itself is closed by try-with-resources
                }
            }
        }
    }

    /**
     * The attribute in no namespace: a null namespace in {@link XMLStreamReader#getAttributeValue}
     * matches any, so {@code its:version="2.0"} written before {@code version="1.2"} would be taken
     * for the XLIFF version.
     */
    static String unqualifiedAttribute(XMLStreamReader xml, String localName) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i);
            if ((ns == null || ns.isEmpty()) && localName.equals(xml.getAttributeLocalName(i))) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    private static boolean isDecodingError(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Invalid UTF-8") || m.contains("Invalid byte");
    }

    private static String encodingOf(XMLStreamReader xml) {
        if (xml == null) {
            return "UTF-8";
        }
        return xml.getCharacterEncodingScheme() != null ? xml.getCharacterEncodingScheme()
                : xml.getEncoding() != null ? xml.getEncoding() : "UTF-8";
    }

    private static InputException error(Path file, Location at, String reason) {
        return error(file, at, reason, null);
    }

    private static InputException error(Path file, Location at, String reason, Throwable cause) {
        int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
        return new InputException(file, line, column, reason, cause);
    }

    /** Woodstox prefixes messages with a location block; the one-line error carries it already. */
    static String cleanMessage(String message) {
        if (message == null) {
            return "malformed XML";
        }
        String m = message;
        int at = m.indexOf("\n at [");
        if (at >= 0) {
            m = m.substring(0, at);
        }
        if (m.startsWith("ParseError at [")) {
            int msg = m.indexOf("Message: ");
            if (msg >= 0) {
                m = m.substring(msg + 9);
            }
        }
        return "malformed XML: " + m.replaceAll("\\s+", " ").trim();
    }
}
