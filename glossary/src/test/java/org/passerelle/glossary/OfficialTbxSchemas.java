package org.passerelle.glossary;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.ValidationDriver;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltCompiler;
import net.sf.saxon.s9api.XsltExecutable;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official TBX v3 checks, as LTAC publishes them: the core structure RELAX NG schema (with
 * Jing) and the TBX-Basic dialect's Schematron (an XSLT 2 one, compiled by SchXslt, run by Saxon).
 * A file passes TBX-Basic when both give no error. LTAC's files carry no licence, so they are not
 * in the repository: give their folder ({@code TBXcoreStructV03.rng}, {@code TBX-Basic_DCA.sch},
 * {@code TBX-Basic_DCT.sch}) as {@code -Dpasserelle.tbx.schemas=DIR}; without it these checks are
 * skipped with a message.
 */
final class OfficialTbxSchemas {
    private static final Processor SAXON = new Processor(false);
    private static XsltExecutable dca;
    private static XsltExecutable dct;

    private OfficialTbxSchemas() {
    }

    /** Every error of both checks, "line:column: message" or the Schematron's location; empty when valid. */
    static List<String> errors(Path file, String style) throws IOException, SAXException, SaxonApiException {
        assumeTrue(available(), "LTAC's TBX schemas carry no licence and are not in the repository: give their"
                + " folder as -D" + DIRECTORY + "=DIR to check with them");
        List<String> errors = new ArrayList<>(relaxNg(file));
        errors.addAll(schematron(file, "dct".equals(style)));
        return errors;
    }

    static List<String> relaxNg(Path file) throws IOException, SAXException {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, collect);
        ValidationDriver driver = new ValidationDriver(properties.toPropertyMap());
        if (!driver.loadSchema(new InputSource(ltac("TBXcoreStructV03.rng").toString()))) {
            throw new IllegalStateException("the TBX core RNG does not load: " + errors);
        }
        driver.validate(new InputSource(file.toUri().toString()));
        return errors;
    }

    static List<String> schematron(Path file, boolean dctStyle) throws SaxonApiException {
        XsltExecutable validator = validator(dctStyle);
        XdmDestination report = new XdmDestination();
        validator.load30().transform(new StreamSource(file.toFile()), report);
        XPathCompiler xpath = SAXON.newXPathCompiler();
        xpath.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
        List<String> errors = new ArrayList<>();
        for (XdmItem failed : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report", report.getXdmNode())) {
            String location = xpath.evaluateSingle("string(@location)", failed).getStringValue();
            errors.add(location + ": " + failed.getStringValue().strip().replaceAll("\\s+", " "));
        }
        return errors;
    }

    private static synchronized XsltExecutable validator(boolean dctStyle) throws SaxonApiException {
        if (dctStyle ? dct == null : dca == null) {
            XsltCompiler compiler = SAXON.newXsltCompiler();
            XsltExecutable pipeline = compiler.compile(new StreamSource(resource("/xslt/2.0/pipeline-for-svrl.xsl").toString()));
            XdmDestination compiled = new XdmDestination();
            String schema = dctStyle ? "TBX-Basic_DCT.sch" : "TBX-Basic_DCA.sch";
            pipeline.load30().transform(new StreamSource(ltac(schema).toString()), compiled);
            XsltExecutable executable = compiler.compile(compiled.getXdmNode().asSource());
            if (dctStyle) {
                dct = executable;
            } else {
                dca = executable;
            }
        }
        return dctStyle ? dct : dca;
    }

    /** The system property naming the folder of LTAC's schema files. */
    static final String DIRECTORY = "passerelle.tbx.schemas";

    /** True when LTAC's schema files are there to check with; see {@link #DIRECTORY}. */
    static boolean available() {
        String dir = System.getProperty(DIRECTORY);
        return dir != null && Files.isRegularFile(Path.of(dir, "TBXcoreStructV03.rng"));
    }

    private static URL resource(String name) {
        URL url = OfficialTbxSchemas.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return url;
    }

    /** One of LTAC's files, from the folder {@link #DIRECTORY} names. */
    private static URL ltac(String name) {
        Path file = Path.of(System.getProperty(DIRECTORY, "."), name);
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
