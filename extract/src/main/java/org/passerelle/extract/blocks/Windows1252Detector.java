package org.passerelle.extract.blocks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, with one correction browsers also make (WHATWG Encoding Standard):
 * text guessed as ISO-8859-1 or ASCII that contains bytes 0x80-0x9F is windows-1252. Those bytes are
 * invisible control characters in Latin-1 but the ’ – … « » of every French text written on
 * Windows, which juniversalchardet reports as ISO-8859-1.
 */
public final class Windows1252Detector implements EncodingDetector {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SAMPLE = 64 * 1024;

    private final EncodingDetector delegate = new DefaultEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset guess = delegate.detect(input, metadata);
        if (input == null || !(StandardCharsets.ISO_8859_1.equals(guess) || StandardCharsets.US_ASCII.equals(guess))) {
            return guess;
        }
        input.mark(SAMPLE);
        try {
            byte[] sample = input.readNBytes(SAMPLE);
            for (byte b : sample) {
                int u = b & 0xFF;
                if (u >= 0x80 && u <= 0x9F) {
                    return WINDOWS_1252;
                }
            }
            return guess;
        } finally {
            input.reset();
        }
    }
}
