package org.passerelle.xliff;

import java.net.URI;
import java.net.URISyntaxException;
import org.passerelle.core.Languages;

/**
 * Where each page of a published site is, and how one page links to another: under a base URL
 * ({@code --base-url https://news.example/}) every link is absolute, as canonical and hreflang
 * links should be; without one they are relative, so the folder works anywhere (a file:// copy,
 * a sub-folder of a site). Pages sit at {@code <lang>/<article>.html}, {@code <lang>/index.html},
 * {@code index.html}, {@code refused.html}, {@code style.css}.
 */
final class SiteLinks {

    private final String base;

    private SiteLinks(String base) {
        this.base = base;
    }

    static SiteLinks relative() {
        return new SiteLinks(null);
    }

    /** @throws IllegalArgumentException when the base is not an absolute http(s) URL */
    static SiteLinks under(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return relative();
        }
        try {
            URI uri = new URI(baseUrl.strip());
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + baseUrl + "' is not an absolute http(s) URL");
            }
            String s = uri.toString();
            return new SiteLinks(s.endsWith("/") ? s : s + "/");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + baseUrl + "' is not a URL: " + e.getReason(), e);
        }
    }

    /** The folder of a language's pages: the primary language ("en", "vi", "fr"). */
    static String folder(String language) {
        return Languages.primary(language);
    }

    static String articlePath(String language, String id, String extension) {
        return folder(language) + "/" + id + "." + extension;
    }

    static String indexPath(String language) {
        return language == null ? "index.html" : folder(language) + "/index.html";
    }

    /**
     * A link to {@code path} (relative to the site root) from a page in {@code fromFolder}
     * ({@code null} for the site root).
     */
    String href(String fromFolder, String path) {
        if (base != null) {
            return base + path;
        }
        return fromFolder == null ? path : "../" + path;
    }

    /** An image address from the original, resolved against the original's own address when it is relative. */
    static String image(String src, String originalUrl) {
        String encoded = src.replace(" ", "%20");
        if (originalUrl == null) {
            return encoded;
        }
        try {
            return new URI(originalUrl).resolve(new URI(encoded)).toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return encoded;
        }
    }
}
