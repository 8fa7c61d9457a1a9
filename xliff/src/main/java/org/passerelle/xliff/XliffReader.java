package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.okapi.common.exceptions.OkapiException;
import net.sf.okapi.lib.xliff2.XLIFFException;
import org.passerelle.core.InputException;

/**
 * Reads any valid XLIFF 1.2 or 2.x file (ours or another tool's) with Okapi's filters and hands
 * each unit to a consumer as it is read, so memory does not grow with the file.
 * External entities are never resolved: a first streaming pass with a locked-down parser refuses
 * any DOCTYPE and reports malformed XML with its line and column before Okapi reads the file.
 * Stateless and thread-safe.
 */
public final class XliffReader {

    /** lib-xliff2 reports schema errors with the position inside the message text. */
    private static final Pattern SCHEMA_POSITION = Pattern.compile("lineNumber: (\\d+); columnNumber: (\\d+)");

    /** @param displayName the path as the user gave it, reported in {@link TranslationUnit#file()} */
    public void read(Path file, String displayName, Consumer<TranslationUnit> units) throws InputException {
        XliffHeader header = XliffScanner.scan(file);
        try {
            if (header.version() == XliffVersion.V2) {
                Xliff2Units.read(file, displayName, header, units);
            } else {
                Xliff12Units.read(file, displayName, header, units);
            }
        } catch (XLIFFException e) {
            Matcher at = SCHEMA_POSITION.matcher(String.valueOf(e.getMessage()));
            int line = at.find() ? Integer.parseInt(at.group(1)) : 0;
            int column = line > 0 ? Integer.parseInt(at.group(2)) : 0;
            throw new InputException(file, line, column, "invalid XLIFF " + header.versionLabel() + ": " + oneLine(e), e);
        } catch (OkapiException e) {
            throw new InputException(file, "unreadable XLIFF " + header.versionLabel() + ": " + oneLine(e), e);
        } catch (IOException e) {
            throw new InputException(file, "unreadable: " + e.getMessage(), e);
        }
    }

    /** Reads the header only (version, encoding, languages), checking the whole file is safe, well-formed XML. */
    public XliffHeader header(Path file) throws InputException {
        return XliffScanner.scan(file);
    }

    private static String oneLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }
}
