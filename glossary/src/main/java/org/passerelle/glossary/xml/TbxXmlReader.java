package org.passerelle.glossary.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.passerelle.core.InputException;
import org.passerelle.glossary.tbx.ConceptEntry;
import org.passerelle.glossary.tbx.Container;
import org.passerelle.glossary.tbx.LangSec;
import org.passerelle.glossary.tbx.Located;
import org.passerelle.glossary.tbx.TbxContext;
import org.passerelle.glossary.tbx.TbxDocument;
import org.passerelle.glossary.tbx.TermNote;
import org.passerelle.glossary.tbx.TermSec;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Unmarshals a TBX v3 or v2 file into the model, streaming through a hardened StAX reader.
 * Every element remembers its line and column so that validation can point at it.
 */
public final class TbxXmlReader {

    /** What a streaming reader hands over for each entry. */
    @FunctionalInterface
    public interface EntryHandler {
        /**
         * @param sourceLanguage the xml:lang of the root element
         * @param entry          one conceptEntry (termEntry in v2), with its positions
         */
        void entry(String sourceLanguage, ConceptEntry entry) throws InputException;
    }

    /** What the root element says the file is. */
    public enum Root { V3, V3_DRAFT_NAMESPACE, V2 }

    private interface Body<T> {
        T read(XMLStreamReader reader, Root root, List<String> prolog) throws InputException, XMLStreamException;
    }

    public TbxDocument read(Path file) throws InputException {
        return open(file, (plain, root, prolog) -> {
            boolean v2 = root == Root.V2;
            String declaredNamespace = plain instanceof DraftNamespace ? DraftNamespace.URI : null;
            java.util.Map<String, String> namespaces = new java.util.LinkedHashMap<>();
            for (int i = 0; i < plain.getNamespaceCount(); i++) {
                String prefix = plain.getNamespacePrefix(i);
                if (prefix != null && !prefix.isEmpty()) {
                    namespaces.put(prefix, plain.getNamespaceURI(i));
                }
            }
            LocationRecorder reader = new LocationRecorder(plain);
            TbxDocument document = unmarshal(file, reader);
            document.rootNamespaces().putAll(namespaces);
            document.setDraftNamespace(declaredNamespace != null);
            document.setFromV2(v2);
            if (!v2 && declaredNamespace == null) {
                // A converted file gets the writer's schema links: its own point at the old schemas.
                document.setProlog(prolog);
            }
            DocumentPositions.assign(document, reader);
            if (v2) {
                document.conceptEntries().forEach(TbxXmlReader::upgradeStatusNotes);
            }
            return document;
        });
    }

    /**
     * Reads the entries one at a time, never holding more than one in memory: for matching
     * against a large termbase, where nothing will be written back.
     */
    public void forEachEntry(Path file, EntryHandler handler) throws InputException {
        open(file, (reader, root, prolog) -> {
            boolean v2 = root == Root.V2;
            String lang = reader.getAttributeValue(javax.xml.XMLConstants.XML_NS_URI, "lang");
            ValidationEvent[] firstError = new ValidationEvent[1];
            try {
                Unmarshaller unmarshaller = unmarshaller(reader, firstError);
                while (reader.hasNext()) {
                    if (reader.getEventType() == XMLStreamConstants.START_ELEMENT
                            && "conceptEntry".equals(reader.getLocalName())
                            && TbxDocument.NS.equals(reader.getNamespaceURI())) {
                        ConceptEntry entry = unmarshaller.unmarshal(reader, ConceptEntry.class).getValue();
                        if (v2) {
                            upgradeStatusNotes(entry);
                        }
                        handler.entry(lang, entry);
                    } else {
                        reader.next();
                    }
                }
            } catch (UnmarshalException e) {
                throw failure(file, e, firstError[0]);
            } catch (JAXBException e) {
                throw new InputException(file, "cannot read the termbase: " + e, e);
            }
            return null;
        });
    }

    /** Reads only up to the root element: what an edit will convert the file from. */
    public Root root(Path file) throws InputException {
        return open(file, (reader, root, prolog) -> root);
    }

    private <T> T open(Path file, Body<T> body) throws InputException {
        StrictUtf8.check(file);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader raw = new GuardedStreamReader(
                    SafeXmlInputFactory.create().createXMLStreamReader(file.toUri().toString(), in));
            try {
                List<String> prolog = new ArrayList<>();
                Root root = toRoot(file, raw, prolog);
                XMLStreamReader reader = switch (root) {
                    case V2 -> new MartifRenaming(raw);
                    case V3_DRAFT_NAMESPACE -> new DraftNamespace(raw);
                    case V3 -> raw;
                };
                return body.read(reader, root, prolog);
            } finally {
                raw.close();
            }
        } catch (NoSuchFileException e) {
            throw new InputException(file, "no such file");
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    /**
     * Moves to the root element and tells whether it is a TBX v2 martif; refuses anything else.
     * The processing instructions and comments before the root go to {@code prolog}, as written.
     */
    private static Root toRoot(Path file, XMLStreamReader raw, List<String> prolog) throws InputException, XMLStreamException {
        int event = raw.getEventType();
        while (event != XMLStreamConstants.START_ELEMENT) {
            if (event == XMLStreamConstants.DTD) {
                checkDoctype(file, raw);
            } else if (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                String data = raw.getPIData();
                prolog.add("<?" + raw.getPITarget() + (data == null || data.isEmpty() ? "" : " " + data) + "?>");
            } else if (event == XMLStreamConstants.COMMENT) {
                prolog.add("<!--" + raw.getText() + "-->");
            }
            event = raw.next();
        }
        String root = raw.getLocalName();
        String ns = raw.getNamespaceURI();
        if ("martif".equals(root) && (ns == null || ns.isEmpty())) {
            return Root.V2;
        }
        if ("tbx".equals(root) && TbxDocument.NS.equals(ns)) {
            return Root.V3;
        }
        if ("tbx".equals(root) && DraftNamespace.URI.equals(ns)) {
            return Root.V3_DRAFT_NAMESPACE;
        }
        Location at = raw.getLocation();
        throw new InputException(file, at.getLineNumber(), at.getColumnNumber(),
                "not a TBX termbase: root element is <" + root + ">"
                        + (ns == null || ns.isEmpty() ? "" : " in namespace " + ns)
                        + ", expected <tbx xmlns=\"" + TbxDocument.NS + "\"> or <martif>");
    }

    /** TBX v2's normativeAuthorization ("preferredTerm") is v3's administrativeStatus ("preferredTerm-admn-sts"). */
    private static void upgradeStatusNotes(ConceptEntry entry) {
        for (LangSec langSec : entry.langSecs()) {
            for (TermSec termSec : langSec.termSecs()) {
                TermNote note = termSec.termNote("normativeAuthorization");
                if (note != null && termSec.termNote("administrativeStatus") == null) {
                    String value = note.text().strip();
                    note.setType("administrativeStatus");
                    if (!value.endsWith("-admn-sts")) {
                        note.setText(value + "-admn-sts");
                    }
                }
            }
        }
    }

    /**
     * A DOCTYPE naming the TBX v2 DTD is common and harmless since it is never loaded; entity
     * declarations are not. The reader stands at the end of the DOCTYPE: count back to the first
     * declaration so that the message points at it.
     */
    private static void checkDoctype(Path file, XMLStreamReader raw) throws InputException {
        String text = raw.getText();
        int entity = text == null ? -1 : text.indexOf("<!ENTITY");
        if (entity < 0) {
            return;
        }
        Location end = raw.getLocation();
        String after = text.substring(entity);
        int line = end.getLineNumber() - (int) after.chars().filter(c -> c == '\n').count();
        int column = entity - text.lastIndexOf('\n', entity);
        throw new InputException(file, line, column,
                "entity declarations are not allowed in a termbase (DTDs are never processed)");
    }

    private TbxDocument unmarshal(Path file, XMLStreamReader reader) throws InputException {
        ValidationEvent[] firstError = new ValidationEvent[1];
        try {
            Object result = unmarshaller(reader, firstError).unmarshal(reader);
            if (!(result instanceof TbxDocument document)) {
                throw new InputException(file, "not a TBX termbase");
            }
            return document;
        } catch (UnmarshalException e) {
            throw failure(file, e, firstError[0]);
        } catch (JAXBException e) {
            throw new InputException(file, "cannot read the termbase: " + e, e);
        }
    }

    /**
     * An unmarshaller that stops at the first error (recorded in {@code firstError}), gives every
     * element its position, and drops the indentation inside elements it keeps as DOM.
     */
    private static Unmarshaller unmarshaller(XMLStreamReader reader, ValidationEvent[] firstError) throws JAXBException {
        Unmarshaller unmarshaller = TbxContext.get().createUnmarshaller();
        unmarshaller.setEventHandler(event -> {
            if (event.getSeverity() == ValidationEvent.WARNING) {
                return true;
            }
            if (firstError[0] == null) {
                firstError[0] = event;
            }
            return false;
        });
        unmarshaller.setListener(new Unmarshaller.Listener() {
            @Override
            public void beforeUnmarshal(Object target, Object parent) {
                if (target instanceof Located located) {
                    Location at = reader.getLocation();
                    located.locate(at.getLineNumber(), at.getColumnNumber());
                }
            }

            @Override
            public void afterUnmarshal(Object target, Object parent) {
                if (target instanceof Container container) {
                    container.unknownChildren().forEach(TbxXmlReader::dropIndentation);
                }
            }
        });
        return unmarshaller;
    }

    private static InputException failure(Path file, UnmarshalException e, ValidationEvent event) {
        if (e.getLinkedException() instanceof XMLStreamException xse) {
            return malformed(file, xse);
        }
        if (e.getCause() instanceof XMLStreamException xse) {
            return malformed(file, xse);
        }
        if (event != null) {
            ValidationEventLocator at = event.getLocator();
            int line = at == null ? 0 : Math.max(at.getLineNumber(), 0);
            int column = at == null ? 0 : Math.max(at.getColumnNumber(), 0);
            if (event.getLinkedException() instanceof XMLStreamException xse) {
                return malformed(file, xse);
            }
            return new InputException(file, line, column, event.getMessage(), e);
        }
        return new InputException(file, "malformed termbase: " + e.getMessage(), e);
    }

    static InputException malformed(Path file, XMLStreamException e) {
        if (e instanceof RefusedXmlException refused) {
            return new InputException(file, refused.line(), refused.column(), refused.getMessage(), e);
        }
        Location at = e.getLocation();
        String reason = e.getNestedException() != null && e.getNestedException().getMessage() != null
                ? e.getNestedException().getMessage() : e.getMessage();
        // The JDK prefixes its message with "ParseError at [row,col]:[..]"; the position is reported separately.
        reason = reason == null ? "malformed XML" : reason.replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
        if (at == null) {
            return new InputException(file, "malformed XML: " + reason, e);
        }
        return new InputException(file, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0),
                "malformed XML: " + reason, e);
    }

    /** Whitespace between elements of an unknown element would come back doubled by the indenting writer. */
    private static void dropIndentation(Element element) {
        boolean hasElements = false;
        for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
            hasElements |= n.getNodeType() == Node.ELEMENT_NODE;
        }
        Node n = element.getFirstChild();
        while (n != null) {
            Node next = n.getNextSibling();
            if (hasElements && n.getNodeType() == Node.TEXT_NODE && n.getNodeValue().isBlank()) {
                element.removeChild(n);
            } else if (n.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation((Element) n);
            }
            n = next;
        }
    }
}
