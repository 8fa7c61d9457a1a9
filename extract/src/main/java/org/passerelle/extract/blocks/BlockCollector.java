package org.passerelle.extract.blocks;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Turns the XHTML SAX events Tika emits for any format into {@link RawBlock}s in reading order:
 * h1..h6 are headings, li list items, td/th table cells, figcaption captions, the rest paragraphs;
 * text inside elements the HTML rules mark (nav, share bars, related lists) is flagged boilerplate.
 * It also keeps the extracted plain text that block offsets point into, and stops the parse when
 * that text exceeds the write limit.
 */
public final class BlockCollector extends DefaultHandler {

    /** Thrown from inside the parse when the document has more text than we accept. */
    public static final class WriteLimitExceeded extends SAXException {
        public WriteLimitExceeded(long limit) {
            super("more than " + limit + " characters of text");
        }
    }

    // Elements that end one block and start another; inline ones (a, b, span) do not.
    private static final Set<String> BOUNDARIES = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "figcaption", "caption", "div", "blockquote", "pre", "dt", "dd", "section", "article", "header", "footer",
            "nav", "aside", "ul", "ol", "dl", "table", "tr", "tbody", "thead", "figure", "body", "form", "button",
            "main", "address", "hr", "img", "menu", "select", "iframe");
    // Code and hidden content: never text a reader sees.
    private static final Set<String> DISCARD = Set.of("script", "style", "noscript", "template", "head", "svg");

    private final List<Pattern> boilerplateHtml;
    private final long writeLimit;
    private final StringBuilder text = new StringBuilder();
    private final List<RawBlock> blocks = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private int blockStart = -1;
    private int bodyDepth;
    private int mainDepth;
    private boolean sawMain;

    private record Frame(String name, RawBlock.Structure structure, boolean boilerplate, boolean discard, boolean main) {
    }

    /**
     * A picture of the article: its address and the raw text of the block it goes with (the
     * caption of its figure, else the block after it).
     */
    public record Image(String src, String block, boolean inMain) {
    }

    // A page of thumbnails is not an article's pictures; the first ones are.
    private static final int MAX_IMAGES = 20;
    private final List<String> pendingImages = new ArrayList<>();
    private final List<Image> images = new ArrayList<>();

    public BlockCollector(List<Pattern> boilerplateHtml, long writeLimit) {
        this.boilerplateHtml = List.copyOf(boilerplateHtml);
        this.writeLimit = writeLimit;
    }

    /** The plain text of the document that block offsets refer to. */
    public String text() {
        return text.toString();
    }

    /**
     * The blocks in reading order. When the page marks its main content ({@code <article>},
     * {@code <main>}, {@code role="main"}), everything outside it is site furniture: logo, menus,
     * sidebars without tell-tale class names.
     */
    public List<RawBlock> blocks() {
        if (!sawMain) {
            return List.copyOf(blocks);
        }
        return blocks.stream().map(b -> b.inMain() || b.boilerplate() ? b
                : new RawBlock(b.structure(), b.start(), b.raw(), true, false)).toList();
    }

    /** The article's pictures in reading order; as for blocks, those outside a marked main content are left out. */
    public List<Image> images() {
        return images.stream().filter(i -> !sawMain || i.inMain()).toList();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        Frame parent = open.peek();
        if (BOUNDARIES.contains(name)) {
            flush();
        }
        boolean boilerplate = (parent != null && parent.boilerplate()) || matchesBoilerplate(name, atts);
        boolean discard = (parent != null && parent.discard()) || DISCARD.contains(name);
        if (boilerplate && (parent == null || !parent.boilerplate())) {
            flush();
        }
        if ("body".equals(name)) {
            bodyDepth++;
        }
        if (isMain(name, atts)) {
            flush();
            mainDepth++;
            sawMain = true;
        }
        if ("img".equals(name) && !boilerplate && !discard && bodyDepth > 0) {
            image(atts.getValue("src"));
        }
        RawBlock.Structure structure = structureOf(name, atts, parent);
        open.push(new Frame(name, structure, boilerplate, discard, isMain(name, atts)));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        String name = (localName == null || localName.isEmpty() ? qName : localName).toLowerCase(Locale.ROOT);
        Frame frame = open.peek();
        if ("br".equals(name) && !discarding()) {
            append("\n");
        }
        if (BOUNDARIES.contains(name) || (frame != null && frame.boilerplate() && !parentBoilerplate())) {
            flush();
        }
        if (frame != null) {
            if (frame.main()) {
                flush();
                mainDepth--;
            }
            open.pop();
        }
        if ("body".equals(name)) {
            bodyDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (discarding()) {
            return;
        }
        if (blockStart < 0) {
            blockStart = text.length();
        }
        append(ch, start, length);
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (!discarding()) {
            append(ch, start, length);
        }
    }

    @Override
    public void endDocument() {
        flush();
    }

    private void append(char[] ch, int start, int length) throws SAXException {
        if (text.length() + (long) length > writeLimit) {
            throw new WriteLimitExceeded(writeLimit);
        }
        text.append(ch, start, length);
    }

    private void append(String s) throws SAXException {
        append(s.toCharArray(), 0, s.length());
    }

    // Only body text counts: offsets then match the decoded file for plain text.
    private boolean discarding() {
        Frame f = open.peek();
        return bodyDepth <= 0 || (f != null && f.discard());
    }

    private boolean parentBoilerplate() {
        var it = open.iterator();
        it.next();
        return it.hasNext() && it.next().boilerplate();
    }

    private void flush() {
        if (blockStart >= 0 && text.length() > blockStart) {
            Frame f = open.peek();
            RawBlock.Structure structure = f == null ? RawBlock.Structure.PARAGRAPH : f.structure();
            boolean boilerplate = f != null && f.boilerplate();
            RawBlock block = new RawBlock(structure, blockStart, text.substring(blockStart), boilerplate, mainDepth > 0);
            if (block.trimmed() != null) {
                blocks.add(block);
                if (!boilerplate) {
                    pendingImages.forEach(src -> images.add(new Image(src, block.raw(), mainDepth > 0)));
                    pendingImages.clear();
                }
            }
        }
        blockStart = -1;
    }

    // Inline data (data: URIs) can be megabytes and is no address to link to.
    private void image(String src) {
        if (src != null && !src.isBlank() && !src.strip().startsWith("data:")
                && images.size() + pendingImages.size() < MAX_IMAGES) {
            pendingImages.add(src.strip());
        }
    }

    private RawBlock.Structure structureOf(String name, Attributes atts, Frame parent) {
        switch (name) {
            case "h1":
                // The classifier turns all but the first non-boilerplate title into headings.
                return RawBlock.Structure.TITLE;
            case "h2", "h3", "h4", "h5", "h6":
                return RawBlock.Structure.HEADING;
            case "li", "dt", "dd":
                return RawBlock.Structure.LIST_ITEM;
            case "td", "th":
                return RawBlock.Structure.TABLE_CELL;
            case "figcaption", "caption":
                return RawBlock.Structure.CAPTION;
            case "p":
                String cls = atts.getValue("class");
                if ("title".equalsIgnoreCase(cls)) {
                    return RawBlock.Structure.TITLE;
                }
                // Word puts bulleted and numbered items in the "List Paragraph" style; Tika keeps
                // the style as the class ("list_Paragraph") but emits no <li>.
                if (cls != null && cls.toLowerCase(Locale.ROOT).startsWith("list")) {
                    return RawBlock.Structure.LIST_ITEM;
                }
                return parent == null || parent.structure() == RawBlock.Structure.PARAGRAPH
                        ? RawBlock.Structure.PARAGRAPH : parent.structure();
            default:
                return parent == null ? RawBlock.Structure.PARAGRAPH : parent.structure();
        }
    }

    private static boolean isMain(String name, Attributes atts) {
        return "article".equals(name) || "main".equals(name) || "main".equalsIgnoreCase(atts.getValue("role"));
    }

    private boolean matchesBoilerplate(String name, Attributes atts) {
        String cls = atts.getValue("class");
        String id = atts.getValue("id");
        String role = atts.getValue("role");
        for (Pattern p : boilerplateHtml) {
            if (p.matcher(name).find()
                    || (cls != null && p.matcher(cls).find())
                    || (id != null && p.matcher(id).find())
                    || (role != null && p.matcher(role).find())) {
                return true;
            }
        }
        return false;
    }
}
