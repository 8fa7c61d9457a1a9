package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import org.passerelle.core.InputException;

/**
 * Reads any valid XLIFF 1.2 or 2.x file (ours or another tool's) with Okapi's filters and hands
 * each unit to a consumer as it is read, so memory does not grow with the file.
 * External entities are never resolved: a first streaming pass with a locked-down parser refuses
 * any DOCTYPE and reports malformed XML with its line and column before Okapi reads the file.
 * Whatever Okapi or lib-xliff2 throws while reading is bad input of that file (an
 * {@link InputException} with the position the message or a second pass points to), never a crash.
 * Stateless and thread-safe.
 */
public final class XliffReader {
    /**
     * @param displayName the path as the user gave it, reported in {@link TranslationUnit#file()}
     * @return what the scan of the file found (version, languages, repeated unit ids)
     */
    public XliffHeader read(Path file, String displayName, Consumer<TranslationUnit> units) throws InputException {
        XliffHeader header = XliffScanner.scan(file);
        Consumer<TranslationUnit> consumer = unit -> {
            try {
                units.accept(unit);
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        };
        try {
            if (header.version() == XliffVersion.V2) {
                Xliff2Units.read(file, displayName, header, consumer);
            } else {
                Xliff12Units.read(file, displayName, header, consumer);
            }
        } catch (ConsumerFailure e) {
            // The caller's own failure, not the file's: it goes on as it came.
            throw e.getCause();
        } catch (IOException e) {
            throw new InputException(file, "unreadable: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Okapi's and lib-xliff2's exception families (XLIFFException, OkapiException,
            // InvalidParameterException ...) are all unchecked, and so is what a library bug throws
            // on an unusual file: each is this file's problem.
            throw invalid(file, header, e);
        }
        return header;
    }

    /**
     * The locked-down StAX factory the reader itself uses (no DTD, no external entity, no entity
     * expansion), for other passes over the same files, such as the reports' positions.
     */
    public static XMLInputFactory secureXmlFactory() {
        return XliffScanner.secureFactory();
    }

    /** Reads the header only (version, encoding, languages), checking the whole file is safe, well-formed XML. */
    public XliffHeader header(Path file) throws InputException {
        return XliffScanner.scan(file);
    }

    /** A library's complaint about {@code file} as the one-line error, at the position it points to. */
    static InputException invalid(Path file, XliffHeader header, RuntimeException e) {
        String message = message(e);
        Optional<ProblemLocator.Position> at = ProblemLocator.locate(file, allMessages(e));
        String reason = "invalid XLIFF " + header.versionLabel() + ": " + reason(message, e);
        return at.map(p -> new InputException(file, p.line(), p.column(), reason, e))
                .orElseGet(() -> new InputException(file, reason, e));
    }

    /** The outermost message that says something, not only "its cause's class: its cause's message". */
    private static String message(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && !m.isBlank() && (t.getCause() == null || !m.equals(t.getCause().toString()))) {
                return m;
            }
        }
        return null;
    }

    /** Every message of the chain: the context (unit, position) may be in any of them. */
    private static String allMessages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }

    /**
     * The message without what the one-line error says already (the file's URI, the position),
     * or the exception's type when the library gave no message (then it is a library bug).
     */
    private static String reason(String message, RuntimeException e) {
        if (message == null) {
            return "the XLIFF library failed on this file (" + e.getClass().getSimpleName() + ")";
        }
        return message.replaceAll("Error systemId: [^;]*; lineNumber: \\d+; columnNumber: \\d+; ", "")
                .replaceAll("(?s)\\s+Recognized prefixes are: .*", "")
                .replaceAll("\\s+", " ").trim();
    }

    /** Carries a consumer's exception through the library, to tell it apart from the library's own. */
    private static final class ConsumerFailure extends RuntimeException {
        ConsumerFailure(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
