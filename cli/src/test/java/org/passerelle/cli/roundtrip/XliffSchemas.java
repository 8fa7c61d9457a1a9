package org.passerelle.cli.roundtrip;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The OASIS XLIFF 1.2 strict schema as Okapi ships it: what a file we write must validate against. */
final class XliffSchemas {

    private static final String STRICT_12 = "/net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd";

    private XliffSchemas() {
    }

    /** Throws with line and column of the first violation. */
    static void validate12Strict(Path file) throws SAXException, IOException {
        URL xsd = XliffSchemas.class.getResource(STRICT_12);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
                .newValidator().validate(new StreamSource(file.toFile()));
    }
}
