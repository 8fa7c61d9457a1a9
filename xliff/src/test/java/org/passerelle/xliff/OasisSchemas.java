package org.passerelle.xliff;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The OASIS XLIFF schemas as Okapi ships them in its jars: 1.2 strict and transitional, 2.x core + glossary module. */
final class OasisSchemas {

    private static Schema strict12;
    private static Schema transitional12;
    private static Schema core2;

    private OasisSchemas() {
    }

    static synchronized Schema xliff12Strict() throws SAXException {
        if (strict12 == null) {
            strict12 = load(resource("/net/sf/okapi/lib/verification/xliff-core-1.2-strict.xsd"));
        }
        return strict12;
    }

    static synchronized Schema xliff12Transitional() throws SAXException {
        if (transitional12 == null) {
            transitional12 = load(resource("/net/sf/okapi/lib/verification/xliff-core-1.2-transitional.xsd"));
        }
        return transitional12;
    }

    static synchronized Schema xliff2() throws SAXException {
        if (core2 == null) {
            core2 = load(resource("/net/sf/okapi/lib/xliff2/xliff_core_2.0.xsd"),
                    resource("/net/sf/okapi/lib/xliff2/modules/glossary.xsd"),
                    resource("/net/sf/okapi/lib/xliff2/modules/metadata.xsd"));
        }
        return core2;
    }

    /** Validates a file; throws SAXException with line and column on the first error. */
    static void validate(Schema schema, Path file) throws SAXException, IOException {
        schema.newValidator().validate(new StreamSource(file.toFile()));
    }

    private static URL resource(String name) {
        URL url = OasisSchemas.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException(name + " not found in Okapi's jars");
        }
        return url;
    }

    private static Schema load(URL... urls) throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Source[] sources = new Source[urls.length];
        for (int i = 0; i < urls.length; i++) {
            sources[i] = new StreamSource(urls[i].toExternalForm());
        }
        return f.newSchema(sources);
    }
}
