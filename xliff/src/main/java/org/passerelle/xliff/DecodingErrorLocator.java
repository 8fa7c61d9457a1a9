package org.passerelle.xliff;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passerelle.core.InputException;

/** Finds the line and column of the first byte a file's declared encoding cannot decode. */
final class DecodingErrorLocator {

    private DecodingErrorLocator() {
    }

    /**
     * The parser reads ahead in large blocks, so its position says nothing about where the bad
     * bytes are: decode again, strictly, counting lines up to the first undecodable byte.
     */
    static InputException locate(Path file, String encoding, Exception cause) {
        Charset cs;
        try {
            cs = Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            return new InputException(file, "unknown encoding " + encoding, cause);
        }
        CharsetDecoder decoder = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(8192);
        CharBuffer out = CharBuffer.allocate(8192);
        int line = 1;
        int column = 1;
        try (ReadableByteChannel channel = Files.newByteChannel(file)) {
            boolean eof = false;
            while (true) {
                eof = eof || channel.read(in) < 0;
                in.flip();
                CoderResult result = decoder.decode(in, out, eof);
                out.flip();
                while (out.hasRemaining()) {
                    if (out.get() == '\n') {
                        line++;
                        column = 1;
                    } else {
                        column++;
                    }
                }
                out.clear();
                in.compact();
                if (result.isError() || (eof && result.isUnderflow())) {
                    break;
                }
            }
        } catch (IOException e) {
            return new InputException(file, "unreadable: " + e.getMessage(), e);
        }
        return new InputException(file, line, column, "bytes that are not valid " + cs.name()
                + " (the encoding the file declares); save it as " + cs.name() + " or fix its XML declaration", cause);
    }

}
