package org.passerelle.glossary.xml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.InputException;

/**
 * Checks that an XML file in UTF-8 (declared so, or declaring nothing) is UTF-8, before the parser
 * sees it: the JDK parser prints a "[Fatal Error] :-1:-1:" line of its own on stderr for a bad
 * byte, and a PNG renamed .tbx fails the same way. The check names the line and column of the
 * first bad byte, and costs one streaming pass.
 */
public final class StrictUtf8 {
    private static final Pattern DECLARED = Pattern.compile("^<\\?xml[^>]*\\bencoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private StrictUtf8() {
    }

    public static void check(Path file) throws InputException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(256);
            if (!isUtf8(head)) {
                return;
            }
            scan(file, head, in);
        } catch (IOException e) {
            throw new InputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** UTF-16 and UTF-32 have a BOM or zero bytes; a declared single-byte encoding is the parser's to read. */
    private static boolean isUtf8(byte[] head) {
        if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE) || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).replaceFirst("^\u00EF\u00BB\u00BF", "");
        Matcher m = DECLARED.matcher(start);
        return !m.find() || m.group(1).toUpperCase(Locale.ROOT).replace("_", "-").equals("UTF-8")
                || m.group(1).equalsIgnoreCase("UTF8");
    }

    private static void scan(Path file, byte[] head, InputStream rest) throws IOException, InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        bytes.put(head);
        int line = 1;
        int column = 1;
        boolean end = false;
        while (true) {
            if (!end) {
                int n = rest.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0));
            }
            bytes.flip();
            CoderResult result = decoder.decode(bytes, chars, end);
            chars.flip();
            while (chars.hasRemaining()) {
                if (chars.get() == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            chars.clear();
            if (result.isError()) {
                throw new InputException(file, line, column, String.format("not UTF-8: byte 0x%02X cannot start or"
                        + " continue a UTF-8 character (save the file as UTF-8, or declare its encoding in"
                        + " <?xml … encoding=\"…\"?>)", bytes.get(bytes.position()) & 0xFF));
            }
            bytes.compact();
            if (end && result.isUnderflow()) {
                return;
            }
        }
    }
}
