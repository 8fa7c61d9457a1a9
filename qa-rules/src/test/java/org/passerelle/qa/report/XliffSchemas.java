package org.passerelle.qa.report;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The OASIS XLIFF schemas from Okapi's jars, with the XLIFF TC's ITS schema: XLIFF 1.2 strict checks
 * foreign attributes against their namespace's schema, so the {@code its:} marks need it declared.
 */
final class XliffSchemas {
    private static final String STRICT_12 = "/net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd";
    private static final String TRANSITIONAL_12 = "/net/sf/okapi/lib/verification/xliff-core-1.2-transitional.xsd";
    private static final String CORE_20 = "/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd";
    private static final String ITS = "/schema/xliff2/its.xsd";

    private XliffSchemas() {
    }

    static void validate12Strict(Path file) throws SAXException, IOException {
        validate(file, STRICT_12);
    }

    static void validate12Transitional(Path file) throws SAXException, IOException {
        validate(file, TRANSITIONAL_12);
    }

    static void validate20(Path file) throws SAXException, IOException {
        validate(file, CORE_20);
    }

    /** Throws with line and column of the first violation. */
    private static void validate(Path file, String xliff) throws SAXException, IOException {
        Source[] schemas = {source(ITS), source(xliff)};
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schemas)
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    private static Source source(String resource) {
        URL url = XliffSchemas.class.getResource(resource);
        return new StreamSource(url.toExternalForm());
    }
}
