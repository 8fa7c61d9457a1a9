package org.passerelle.xliff;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The article as CommonMark: {@code #} title, paragraphs separated by blank lines, the dateline and
 * captions in italics, credits as plain lines. Text is escaped so that a line such as "-VNA" or
 * "1. " stays text instead of becoming a list.
 */
final class MarkdownArticleWriter {

    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_~\\[\\]<>|])");
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([-+#>=])");
    private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\s*\\d+)([.)])");

    private MarkdownArticleWriter() {
    }

    static void write(TranslatedArticle article, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder();
        boolean titleDone = false;
        for (TranslatedArticle.Paragraph p : article.paragraphs()) {
            String t = escape(p.text());
            switch (p.role()) {
                case TITLE -> {
                    md.append(titleDone ? "## " : "# ").append(t);
                    titleDone = true;
                }
                case HEADING -> md.append("## ").append(t);
                case DATELINE, CAPTION -> md.append('*').append(t).append('*');
                case LIST_ITEM -> md.append("- ").append(t);
                default -> md.append(t);
            }
            md.append("\n\n");
        }
        out.write(md.toString().stripTrailing().concat("\n").getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String text) {
        String t = INLINE_SPECIAL.matcher(text).replaceAll("\\\\$1");
        t = BLOCK_START.matcher(t).replaceFirst("$1\\\\$2");
        return ORDERED_LIST_START.matcher(t).replaceFirst("$1\\\\$2");
    }
}
