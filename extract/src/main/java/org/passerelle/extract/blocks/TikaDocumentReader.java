package org.passerelle.extract.blocks;

import java.io.InputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.passerelle.extract.ExtractionLimits;
import org.passerelle.core.InputException;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads one file with Tika's AutoDetectParser under explicit limits (see {@link ExtractionLimits}):
 * file size checked before parsing, a write limit on extracted text, Tika's SecureContentHandler
 * zip-bomb guard configured rather than defaulted, embedded documents (images, OLE objects,
 * attachments) never parsed, OCR off, and a wall-clock timeout. Every failure becomes an
 * {@link InputException} with a one-line reason.
 */
public final class TikaDocumentReader {
    private static final Set<String> DOCUMENT_TYPES = Set.of(
            "application/xhtml+xml", "application/pdf", "application/rtf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.ms-word.document.macroenabled.12",
            "application/vnd.oasis.opendocument.text", "application/x-tika-ooxml", "application/x-tika-msoffice");

    // One daemon thread per parse in flight: a parse that ignores interruption after its timeout
    // must not keep the JVM (the CLI) alive.
    private static final ExecutorService PARSES = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "passerelle-tika");
        t.setDaemon(true);
        return t;
    });

    private final AutoDetectParser parser;
    private final ExtractionLimits limits;
    private final List<Pattern> boilerplateHtml;

    public TikaDocumentReader(ExtractionLimits limits, List<Pattern> boilerplateHtml) {
        this.limits = limits;
        this.boilerplateHtml = List.copyOf(boilerplateHtml);
        this.parser = new AutoDetectParser();
        AutoDetectParserConfig config = new AutoDetectParserConfig();
        config.setOutputThreshold(limits.compressionThreshold());
        config.setMaximumCompressionRatio(limits.maxCompressionRatio());
        config.setMaximumDepth(limits.maxXmlDepth());
        config.setMaximumPackageEntryDepth(10);
        config.setThrowOnZeroBytes(true);
        parser.setAutoDetectParserConfig(config);
        ZipPackageCheck.armPoi(limits);
    }

    public ParsedDocument read(Path file) throws InputException {
        limits.requireWithin(file);
        Future<ParsedDocument> job = PARSES.submit(() -> parse(file));
        try {
            return job.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            throw new InputException(file, "gave up after " + limits.timeout().toSeconds() + " s of parsing (time limit)");
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            throw new InputException(file, "interrupted while parsing", e);
        } catch (CancellationException e) {
            throw new InputException(file, "parsing cancelled", e);
        } catch (ExecutionException e) {
            throw failure(file, e.getCause());
        }
    }

    private ParsedDocument parse(Path file) throws IOException, SAXException, TikaException, InputException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType type = parser.getDetector().detect(in, metadata);
            String base = type.getBaseType().toString();
            if (!isDocument(base)) {
                throw new InputException(file, "not an article document (detected " + base + ")");
            }
            ZipPackageCheck.check(file, base, limits);
            BlockCollector collector = new BlockCollector(boilerplateHtml, limits.maxChars());
            parser.parse(in, collector, metadata, context());
            String text = collector.text();
            boolean plain = base.startsWith("text/") && !base.equals("text/html");
            List<RawBlock> blocks = ParagraphSplitter.split(collector.blocks(), plain);
            if (base.equals("application/pdf")) {
                blocks = PageJoiner.join(blocks, text);
            }
            return new ParsedDocument(base, text, blocks, metadata, collector.images());
        }
    }

    private static boolean isDocument(String type) {
        return type.startsWith("text/") || DOCUMENT_TYPES.contains(type);
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        // Keep nav, aside, footer, figcaption and class attributes: the default mapper drops them,
        // and with them what tells site furniture from the article.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        // Embedded documents (pictures in a .docx, attachments in a PDF) are not article text;
        // never parsing them also removes the nested-document attack surface entirely.
        context.set(EmbeddedDocumentExtractor.class, new EmbeddedDocumentExtractor() {
            @Override
            public boolean shouldParseEmbedded(Metadata metadata) {
                return false;
            }

            @Override
            public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata,
                                      boolean outputHtml) {
            }
        });
        context.set(EncodingDetector.class, new Windows1252Detector());
        return context;
    }

    private InputException failure(Path file, Throwable cause) {
        Throwable root = cause;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof InputException ie) {
                return ie;
            }
            if (t instanceof BlockCollector.WriteLimitExceeded) {
                return new InputException(file, t.getMessage() + " (write limit)", t);
            }
            if (t instanceof EncryptedDocumentException) {
                return new InputException(file, "encrypted document (password protected); decrypt it first", t);
            }
            if (t instanceof ZeroByteFileException) {
                return new InputException(file, "empty file", t);
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            // Tika's SecureContentHandler calls deep nesting a zip bomb too.
            if (msg.contains("levels of xml element nesting")) {
                return new InputException(file, "refused: elements nested more than " + limits.maxXmlDepth()
                        + " levels deep", t);
            }
            if (msg.contains("zip bomb") || msg.contains("suspected zip bomb") || msg.contains("compression ratio")) {
                return new InputException(file, "refused: looks like a zip bomb (extreme compression ratio)", t);
            }
            if (t instanceof NoSuchFileException) {
                return new InputException(file, "no such file", t);
            }
            if (t instanceof AccessDeniedException) {
                return new InputException(file, "not readable (permission denied)", t);
            }
            root = t;
        }
        String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new InputException(file, "corrupt or unreadable document: " + reason.lines().findFirst().orElse(""), cause);
    }
}
