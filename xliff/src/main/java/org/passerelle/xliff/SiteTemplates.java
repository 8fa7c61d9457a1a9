package org.passerelle.xliff;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.passerelle.core.InputException;

/**
 * The Mustache templates (mustache.java, which escapes HTML in every {@code {{value}}}) and the
 * stylesheet of the published site: the desk's defaults from the jar, or a site's own from a
 * folder ({@code --template DIR}), where each file that is present replaces the default of the
 * same name: {@code article.mustache}, {@code index.mustache}, {@code refused.mustache},
 * {@code style.css}. A template is compiled before anything is written, so a broken one is bad
 * input naming its file and line.
 */
final class SiteTemplates {

    enum Page {
        ARTICLE("article.mustache"), INDEX("index.mustache"), REFUSED("refused.mustache");

        final String file;

        Page(String file) {
            this.file = file;
        }
    }

    static final String STYLESHEET = "style.css";
    private static final String DEFAULTS = "org/passerelle/xliff/templates";

    private final Map<Page, Mustache> pages;
    private final byte[] stylesheet;

    private SiteTemplates(Map<Page, Mustache> pages, byte[] stylesheet) {
        this.pages = pages;
        this.stylesheet = stylesheet;
    }

    static SiteTemplates defaults() {
        try {
            return from(null);
        } catch (InputException e) {
            throw new IllegalStateException("the bundled templates do not compile", e);
        }
    }

    /** @param dir the site's templates, or null for the defaults */
    static SiteTemplates from(Path dir) throws InputException {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new InputException(dir, Files.exists(dir) ? "not a folder of templates" : "no such folder");
        }
        MustacheFactory bundled = new DefaultMustacheFactory(DEFAULTS);
        MustacheFactory own = dir == null ? null : new DefaultMustacheFactory(dir.toFile());
        Map<Page, Mustache> pages = new EnumMap<>(Page.class);
        for (Page page : Page.values()) {
            boolean mine = dir != null && Files.isRegularFile(dir.resolve(page.file));
            pages.put(page, compile(mine ? own : bundled, page.file, mine ? dir.resolve(page.file) : null));
        }
        return new SiteTemplates(pages, stylesheet(dir));
    }

    private static Mustache compile(MustacheFactory factory, String name, Path file) throws InputException {
        try {
            return factory.compile(name);
        } catch (MustacheException e) {
            if (file == null) {
                throw new IllegalStateException("bundled template " + name + ": " + e.getMessage(), e);
            }
            throw new InputException(file, "template: " + e.getMessage(), e);
        }
    }

    private static byte[] stylesheet(Path dir) throws InputException {
        Path own = dir == null ? null : dir.resolve(STYLESHEET);
        try {
            if (own != null && Files.isRegularFile(own)) {
                return Files.readAllBytes(own);
            }
            try (InputStream in = SiteTemplates.class.getClassLoader().getResourceAsStream(DEFAULTS + "/" + STYLESHEET)) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new InputException(own, "unreadable: " + e.getMessage(), e);
        }
    }

    void render(Page page, Object context, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            pages.get(page).execute(w, context);
        } catch (MustacheException e) {
            throw new IOException("template " + page.file + ": " + e.getMessage(), e);
        }
        w.flush();
    }

    byte[] stylesheet() {
        return stylesheet.clone();
    }
}
