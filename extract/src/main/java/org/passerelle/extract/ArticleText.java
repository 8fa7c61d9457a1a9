package org.passerelle.extract;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The plain-text form of an {@link Article} ({@code extract --format text}): one block a paragraph,
 * blank lines between them; optionally each prefixed with its role ("[dateline] Hanoi (VNA) –").
 */
public final class ArticleText {
    private final boolean labels;
    private final boolean boilerplate;

    /**
     * @param labels      prefix each block with its role in brackets
     * @param boilerplate include boilerplate blocks too (always labelled, so they stand out)
     */
    public ArticleText(boolean labels, boolean boilerplate) {
        this.labels = labels;
        this.boilerplate = boilerplate;
    }

    /** What a translator reads: translatable blocks only, no labels. */
    public static ArticleText plain() {
        return new ArticleText(false, false);
    }

    /** Every block with its role, boilerplate included: for checking the extraction. */
    public static ArticleText labelled() {
        return new ArticleText(true, true);
    }

    public void write(Article article, Writer out) throws IOException {
        boolean first = true;
        for (Block b : article.blocks()) {
            if (!b.role().translatable() && !boilerplate) {
                continue;
            }
            if (!first) {
                out.write("\n\n");
            }
            first = false;
            if (labels || !b.role().translatable()) {
                out.write('[' + b.role().id() + "] ");
            }
            out.write(b.text());
        }
        out.write('\n');
        out.flush();
    }

    public String toText(Article article) {
        StringWriter w = new StringWriter();
        try {
            write(article, w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
