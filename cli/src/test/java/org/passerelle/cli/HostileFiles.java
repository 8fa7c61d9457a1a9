package org.passerelle.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The hostile and huge inputs of the corpus, written at test time so that no opaque binary is committed. */
final class HostileFiles {
    static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>";
    static final String RELS = "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "</Relationships>";
    private static final String BODY_START = "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:body><w:p><w:r><w:t>";
    private static final String BODY_END = "</w:t></w:r></w:p></w:body></w:document>";
    static final String FRENCH = "Le général Phan Van Giang a hautement apprécié la préparation de la délégation et la coopération"
            + " de défense entre le Vietnam et la Russie, qui ne cesse de se développer depuis 2019.";

    private HostileFiles() {
    }

    /** A .docx whose core properties declare an external entity. */
    static Path doctypeInCoreProperties(Path out) throws IOException {
        String core = "<?xml version=\"1.0\"?><!DOCTYPE cp:coreProperties [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>&x;</dc:title></cp:coreProperties>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, String> part : Map.of("[Content_Types].xml", CONTENT_TYPES, "_rels/.rels", RELS,
                    "word/document.xml", BODY_START + FRENCH + BODY_END, "docProps/core.xml", core).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    /**
     * A .docx whose body is {@code mebibytes} MiB of one letter (about 1 MB on disk per GiB) and
     * whose archive declares that part's inflated size as its compressed one, in the local header
     * and the central directory alike: only inflating tells.
     */
    static Path lyingZipBomb(Path out, int mebibytes) throws IOException {
        ByteBuffer body = deflate(mebibytes);
        try (OutputStream file = Files.newOutputStream(out)) {
            StoredZip zip = new StoredZip(file);
            zip.stored("[Content_Types].xml", CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.stored("_rels/.rels", RELS.getBytes(StandardCharsets.UTF_8));
            zip.deflatedLying("word/document.xml", body);
            zip.finish();
        }
        return out;
    }

    private static ByteBuffer deflate(int mebibytes) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteBuffer packed = ByteBuffer.allocate(mebibytes * 1100 + 4096);
        byte[] letters = new byte[1 << 20];
        Arrays.fill(letters, (byte) 'a');
        feed(deflater, BODY_START.getBytes(StandardCharsets.UTF_8), packed);
        for (int i = 0; i < mebibytes; i++) {
            feed(deflater, letters, packed);
        }
        feed(deflater, BODY_END.getBytes(StandardCharsets.UTF_8), packed);
        deflater.finish();
        while (!deflater.finished()) {
            deflater.deflate(packed);
        }
        deflater.end();
        return packed.flip();
    }

    private static void feed(Deflater deflater, byte[] input, ByteBuffer packed) {
        deflater.setInput(input);
        while (!deflater.needsInput()) {
            deflater.deflate(packed);
        }
    }

    /** Just enough of the ZIP format to write entries whose declared sizes are whatever we say. */
    private static final class StoredZip {
        private final OutputStream out;
        private final ByteBuffer central = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        private int offset;
        private int entries;

        StoredZip(OutputStream out) {
            this.out = out;
        }

        void stored(String name, byte[] data) throws IOException {
            CRC32 crc = new CRC32();
            crc.update(data);
            entry(name, 0, (int) crc.getValue(), data.length, data.length, ByteBuffer.wrap(data));
        }

        /** Deflated data declared with its compressed size as inflated size too; the CRC is never reached. */
        void deflatedLying(String name, ByteBuffer packed) throws IOException {
            entry(name, 8, 0, packed.remaining(), packed.remaining(), packed);
        }

        private void entry(String name, int method, int crc, int packedSize, int declaredSize, ByteBuffer data)
                throws IOException {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            ByteBuffer local = ByteBuffer.allocate(30 + n.length).order(ByteOrder.LITTLE_ENDIAN);
            local.putInt(0x04034b50).putShort((short) 20).putShort((short) 0).putShort((short) method)
                    .putInt(0).putInt(crc).putInt(packedSize).putInt(declaredSize)
                    .putShort((short) n.length).putShort((short) 0).put(n);
            central.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0)
                    .putShort((short) method).putInt(0).putInt(crc).putInt(packedSize).putInt(declaredSize)
                    .putShort((short) n.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset).put(n);
            out.write(local.array());
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            out.write(bytes);
            offset += local.capacity() + bytes.length;
            entries++;
        }

        void finish() throws IOException {
            int size = central.position();
            out.write(central.array(), 0, size);
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) entries)
                    .putShort((short) entries).putInt(size).putInt(offset).putShort((short) 0);
            out.write(end.array());
        }
    }

    /** A web page of {@code megabytes} MB of French paragraphs. */
    static Path page(Path out, int megabytes) throws IOException {
        String paragraph = "<p>" + FRENCH + "</p>\n";
        try (OutputStream file = Files.newOutputStream(out)) {
            file.write("<html><head><meta charset=\"utf-8\"><title>Article</title></head><body>\n".getBytes(StandardCharsets.UTF_8));
            byte[] p = paragraph.getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < (long) megabytes << 20; written += p.length) {
                file.write(p);
            }
            file.write("</body></html>\n".getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    /** A file of {@code megabytes} MB that takes no disk (sparse). */
    static Path sparse(Path out, int megabytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(out.toFile(), "rw")) {
            f.setLength((long) megabytes << 20);
        }
        return out;
    }

    /** An XLIFF 1.2 file of one translated unit whose target is {@code chars} characters of pasted text. */
    static Path xliffWithHugeSegment(Path out, int chars) throws IOException {
        String target = "Vietnam and Russia signed the agreement in 2019, the the cooperation.  ";
        String huge = target.repeat(chars / target.length() + 1).substring(0, chars);
        return Files.writeString(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n"
                + "<file original=\"a.txt\" source-language=\"fr-FR\" target-language=\"en-GB\" datatype=\"plaintext\"><body>\n"
                + "<trans-unit id=\"body-1\"><source>La Russie et le Vietnam ont signé l'accord en 2019.</source>"
                + "<target state=\"translated\">" + huge + "</target></trans-unit>\n"
                + "<trans-unit id=\"body-2\"><source>Le Vietnam.</source><target state=\"translated\">Vietnam.</target></trans-unit>\n"
                + "</body></file></xliff>\n");
    }
}
