package org.passerelle.xliff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passerelle.core.BlockRole;
import org.passerelle.xliff.TranslatedArticle.Byline;
import org.passerelle.xliff.TranslatedArticle.Element;
import org.passerelle.xliff.TranslatedArticle.Figure;
import org.passerelle.xliff.TranslatedArticle.Headline;
import org.passerelle.xliff.TranslatedArticle.ItemList;
import org.passerelle.xliff.TranslatedArticle.Paragraph;
import org.passerelle.xliff.TranslatedArticle.Text;

/**
 * Lays the units of an XLIFF file out as news copy ({@link TranslatedArticle}): the first title
 * is the headline (an article without one gets its lead's first sentence, cut at a word before
 * {@value #HEADLINE_MAX} characters); the dateline runs into the first body paragraph after it,
 * in the language's {@link NewsStyle}; a dateline that only gives the date ("date 2024-08", as
 * the desk's site prints it) is the byline's date, not text; captions and photo credits go with
 * their picture into figures, a closing "-VNA" stays the sign-off.
 */
final class ArticleComposer {

    static final int HEADLINE_MAX = 110;
    private static final Pattern DATE_ONLY = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}(?:-\\d{2})?)\\s*$");

    private final List<TranslationUnit> units;
    private final OriginalArticle original;
    private final boolean sourceSide;
    private final String language;
    private final String sourceLanguage;
    private final NewsStyle style;
    private final List<Element> body = new ArrayList<>();
    private Text dateline;
    private String datelineDate;
    private String signOff;

    private ArticleComposer(List<TranslationUnit> units, OriginalArticle original, boolean sourceSide) {
        this.units = units;
        this.original = original;
        this.sourceSide = sourceSide;
        TranslationUnit first = units.get(0);
        this.sourceLanguage = first.sourceLanguage() == null ? "fr" : first.sourceLanguage();
        this.language = sourceSide ? sourceLanguage : first.targetLanguage();
        this.style = NewsStyle.of(language);
    }

    /** The target-language version; units without a translation stand in the source, marked with its language. */
    static TranslatedArticle translation(String id, List<TranslationUnit> units, OriginalArticle original) {
        return new ArticleComposer(units, original, false).compose(id);
    }

    /** The original, from the XLIFF's source text. */
    static TranslatedArticle original(String id, List<TranslationUnit> units, OriginalArticle original) {
        return new ArticleComposer(units, original, true).compose(id);
    }

    private TranslatedArticle compose(String id) {
        Headline headline = null;
        List<Text> captions = new ArrayList<>();
        String image = null;
        List<Text> items = new ArrayList<>();
        for (TranslationUnit u : units) {
            Text text = text(u);
            Optional<String> unitImage = original.imageOf(u.id())
                    .map(src -> SiteLinks.image(src, original.field("url").orElse(null)));
            boolean figurePart = isFigurePart(u);
            if (!figurePart && (!captions.isEmpty() || image != null)) {
                body.add(new Figure(image, captions));
                captions = new ArrayList<>();
                image = null;
            }
            if (u.role() != BlockRole.LIST_ITEM && !items.isEmpty()) {
                body.add(new ItemList(items));
                items = new ArrayList<>();
            }
            if (figurePart) {
                image = image == null ? unitImage.orElse(null) : image;
                captions.add(text);
                continue;
            }
            unitImage.ifPresent(src -> body.add(new Figure(src, List.of())));
            if (u.role() == BlockRole.TITLE && headline == null) {
                headline = new Headline(text, false);
            } else if (u.role() == BlockRole.LIST_ITEM) {
                items.add(text);
            } else {
                place(u, text);
            }
        }
        if (!captions.isEmpty() || image != null) {
            body.add(new Figure(image, captions));
        }
        if (!items.isEmpty()) {
            body.add(new ItemList(items));
        }
        if (dateline != null) {
            body.add(new Paragraph(BlockRole.DATELINE, dateline, null));
        }
        return new TranslatedArticle(id, language, sourceLanguage, headline != null ? headline : leadHeadline(), body,
                byline(), original);
    }

    private void place(TranslationUnit u, Text text) {
        switch (u.role()) {
            case DATELINE -> {
                Matcher date = DATE_ONLY.matcher(u.sourceText());
                if (date.matches()) {
                    datelineDate = date.group(1);
                } else if (dateline == null) {
                    dateline = text.lang() == null ? new Text(style.dateline(text.text()), null) : text;
                } else {
                    body.add(new Paragraph(BlockRole.DATELINE, text, null));
                }
            }
            case BODY -> {
                body.add(new Paragraph(BlockRole.BODY, text, dateline));
                dateline = null;
            }
            case TITLE -> body.add(new Paragraph(BlockRole.HEADING, text, null));
            case CREDIT -> {
                signOff = text.text();
                body.add(new Paragraph(BlockRole.CREDIT, text, null));
            }
            default -> body.add(new Paragraph(u.role(), text, null));
        }
    }

    /**
     * Captions, and credits other than the closing sign-off, belong to a figure. The source tells
     * a sign-off ("-VNA") from a photo credit ("Photo : VNA/CVN"): a translation may say either anyhow.
     */
    private boolean isFigurePart(TranslationUnit u) {
        return u.role() == BlockRole.CAPTION
                || u.role() == BlockRole.CREDIT && (!NewsStyle.isSignOff(u.sourceText()) || original.imageOf(u.id()).isPresent());
    }

    private Text text(TranslationUnit u) {
        if (sourceSide || !u.translatable()) {
            return new Text(u.sourceText().strip(), null);
        }
        if (u.isTranslated()) {
            return new Text(u.targetText().strip(), null);
        }
        return new Text(u.sourceText().strip(), sourceLanguage);
    }

    private Headline leadHeadline() {
        TranslationUnit lead = units.stream().filter(u -> u.role() == BlockRole.BODY).findFirst().orElse(units.get(0));
        Text text = text(lead);
        boolean translated = !sourceSide && lead.translatable() && lead.isTranslated();
        String first = translated ? lead.segments().get(0).target() : lead.segments().get(0).source();
        return new Headline(new Text(shorten(first.strip()), text.lang()), true);
    }

    static String shorten(String sentence) {
        if (sentence.length() <= HEADLINE_MAX) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', HEADLINE_MAX - 1);
        return sentence.substring(0, cut > 0 ? cut : HEADLINE_MAX - 1).replaceAll("[\\s,;:–-]+$", "") + "…";
    }

    private Byline byline() {
        String agency = NewsStyle.agencyIn(firstDateline(), signOff).or(() -> original.field("agency")).orElse(null);
        Optional<String> date = original.field("date").or(() -> Optional.ofNullable(datelineDate));
        return new Byline(original.field("author"), Optional.ofNullable(agency), date);
    }

    private String firstDateline() {
        for (Element e : body) {
            if (e instanceof Paragraph p && p.dateline() != null) {
                return p.dateline().text();
            }
        }
        return dateline == null ? null : dateline.text();
    }
}
