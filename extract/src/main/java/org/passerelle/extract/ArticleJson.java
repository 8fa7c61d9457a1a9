package org.passerelle.extract;

import org.passerelle.core.InputException;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of an {@link Article} ({@code extract --format json}):
 * <pre>
 * {"id": "001_7c7e6a35cfde74b3", "source": "samples/articles/001_7c7e6a35cfde74b3.txt",
 *  "mediaType": "text/plain", "language": "fr", "metadata": {"title": "…", "agency": "VNA"},
 *  "blocks": [{"role": "title", "translatable": true, "language": "fr", "start": 0, "end": 52, "text": "…"}]}
 * </pre>
 * Offsets index the plain text Tika extracted (for .txt: the decoded file, BOM excluded).
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private ArticleJson() {
    }

    public static ObjectNode toTree(Article article) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", article.id());
        root.put("source", article.source() == null ? null : article.source().toString());
        root.put("mediaType", article.mediaType());
        root.put("language", article.language());
        ObjectNode meta = root.putObject("metadata");
        article.metadata().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> meta.put(e.getKey(), e.getValue()));
        ArrayNode blocks = root.putArray("blocks");
        for (Block b : article.blocks()) {
            ObjectNode n = blocks.addObject();
            n.put("role", b.role().id());
            n.put("translatable", b.role().translatable());
            n.put("language", b.language());
            n.put("start", b.start());
            n.put("end", b.end());
            n.put("text", b.text());
        }
        return root;
    }

    public static void write(Article article, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(article));
        out.write('\n');
        out.flush();
    }

    public static void write(Article article, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toTree(article));
        out.write('\n');
        out.flush();
    }

    public static String toJson(Article article) {
        StringWriter w = new StringWriter();
        try {
            write(article, w);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return w.toString();
    }

    /** Reads back what {@link #write} wrote, so later stages can start from a stored extraction. */
    public static Article read(Reader in, Path origin) throws InputException {
        try {
            JsonNode root = MAPPER.readTree(in);
            Map<String, String> metadata = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = root.path("metadata").fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                metadata.put(f.getKey(), f.getValue().asText());
            }
            List<Block> blocks = new ArrayList<>();
            for (JsonNode n : root.path("blocks")) {
                blocks.add(new Block(BlockRole.fromId(n.path("role").asText()), n.path("text").asText(),
                        n.path("language").asText(null), n.path("start").asInt(), n.path("end").asInt()));
            }
            String source = root.path("source").asText(null);
            return new Article(root.path("id").asText(), source == null ? origin : Path.of(source),
                    root.path("mediaType").asText(null), root.path("language").asText(null), metadata, blocks);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InputException(origin, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "malformed article JSON: " + e.getOriginalMessage(), e);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new InputException(origin, "unreadable article JSON: " + e.getMessage(), e);
        }
    }
}
