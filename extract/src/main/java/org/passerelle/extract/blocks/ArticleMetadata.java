package org.passerelle.extract.blocks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.passerelle.core.Block;
import org.passerelle.core.BlockRole;

/**
 * Title, date, author and agency of an article: from its own blocks first (the article's title
 * block and dateline say what the newsroom wrote), then from what the format declares (HTML
 * title and meta, DOCX/ODT core properties), the page's address ({@code og:url}) and its pictures.
 */
public final class ArticleMetadata {
    private static final Pattern DATELINE_DATE = Pattern.compile("\\bdate\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}(?:-\\d{2})?)");
    private static final Pattern DATELINE_AGENCY = Pattern.compile("\\((\\p{Lu}{2,8})\\)");
    private static final Pattern CREDIT_AGENCY = Pattern.compile("^[-–—]?\\s*(\\p{Lu}{2,8})(?:/\\p{Lu}{2,8})*$");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "dcterms:created",
            "dc:date", "date", "pubdate", "publishdate", "dcterms:modified");

    private ArticleMetadata() {
    }

    public static Map<String, String> of(List<Block> blocks, Metadata tika, String mediaType,
                                         List<BlockCollector.Image> images) {
        Map<String, String> out = new LinkedHashMap<>();
        blocks.stream().filter(b -> b.role() == BlockRole.TITLE).findFirst()
                .ifPresentOrElse(b -> out.put("title", b.text()), () -> {
                    String t = tika.get(TikaCoreProperties.TITLE);
                    if (t != null && !t.isBlank() && !mediaType.equals("text/plain")) {
                        out.put("title", Whitespace.normalise(t));
                    }
                });
        for (Block b : blocks) {
            if (b.role() == BlockRole.DATELINE) {
                Matcher m = DATELINE_DATE.matcher(b.text());
                if (m.find() && !out.containsKey("date")) {
                    out.put("date", m.group(1));
                }
                Matcher a = DATELINE_AGENCY.matcher(b.text());
                if (a.find() && !out.containsKey("agency")) {
                    out.put("agency", a.group(1));
                }
            }
        }
        if (!out.containsKey("date")) {
            for (String key : DATE_KEYS) {
                String v = tika.get(key);
                if (v != null) {
                    Matcher m = ISO_DATE.matcher(v.strip());
                    if (m.find()) {
                        out.put("date", m.group(1));
                        break;
                    }
                }
            }
        }
        String author = tika.get(TikaCoreProperties.CREATOR);
        if (author == null) {
            author = tika.get("author");
        }
        if (author != null && !author.isBlank()) {
            out.put("author", Whitespace.normalise(author));
        }
        if (!out.containsKey("agency")) {
            blocks.stream().filter(b -> b.role() == BlockRole.CREDIT)
                    .map(b -> CREDIT_AGENCY.matcher(b.text()))
                    .filter(Matcher::matches).findFirst()
                    .ifPresent(m -> out.put("agency", m.group(1)));
        }
        String url = tika.get("og:url");
        if (url != null && url.strip().matches("(?i)https?://\\S+")) {
            out.put("url", url.strip());
        }
        // Numbered keys keep the metadata a flat map of strings, as the JSON form and the XLIFF carry it.
        for (int i = 0; i < images.size(); i++) {
            out.put("image." + (i + 1), images.get(i).src());
            out.put("image." + (i + 1) + ".block", Whitespace.normalise(images.get(i).block()));
        }
        String encoding = tika.get("X-TIKA:detectedEncoding");
        if (encoding != null && mediaType.startsWith("text/")) {
            out.put("encoding", encoding);
        }
        return out;
    }
}
