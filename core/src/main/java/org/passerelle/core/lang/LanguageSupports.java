package org.passerelle.core.lang;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.Languages;

/**
 * The languages on the class path, found once per JVM through {@link ServiceLoader}. A language
 * nobody supports gets the neutral support (no LanguageTool, accent-folding keys without lemmas,
 * decimal point, no special spacing), so an unknown language is checked by the common rules and
 * never crashes a run.
 */
public final class LanguageSupports {
    private static final Map<String, LanguageSupport> NEUTRAL = new ConcurrentHashMap<>();

    private LanguageSupports() {
    }

    /** The support for a language tag ("en-GB" → English); the neutral one when none is installed or the tag is null. */
    public static LanguageSupport of(String tag) {
        String primary = tag == null || tag.isBlank() ? "und" : Languages.primary(tag.strip());
        LanguageSupport installed = Installed.BY_LANGUAGE.get(primary);
        return installed != null ? installed : NEUTRAL.computeIfAbsent(primary, NeutralLanguage::new);
    }

    /** True when a module supports the tag's language (rather than the neutral fallback). */
    public static boolean isInstalled(String tag) {
        return tag != null && Installed.BY_LANGUAGE.containsKey(Languages.primary(tag.strip()));
    }

    /** The installed supports, by language code. */
    public static Collection<LanguageSupport> installed() {
        return Installed.BY_LANGUAGE.values();
    }

    /** Loaded on first use, so that a JVM that never asks pays nothing. */
    private static final class Installed {
        static final Map<String, LanguageSupport> BY_LANGUAGE = load();

        private static Map<String, LanguageSupport> load() {
            Map<String, LanguageSupport> found = new TreeMap<>();
            // Our own class loader, not the thread's: in a Maven plugin the thread's may not see the plugin's jars.
            for (LanguageSupport support : ServiceLoader.load(LanguageSupport.class, LanguageSupport.class.getClassLoader())) {
                String code = support.language();
                if (!Languages.isTag(code) || code.contains("-") || !code.equals(Languages.primary(code))) {
                    throw new IllegalStateException(support.getClass().getName() + ": language() must be a lower-case"
                            + " ISO 639 code such as \"fr\", got \"" + code + "\"");
                }
                LanguageSupport other = found.putIfAbsent(code, support);
                if (other != null) {
                    throw new IllegalStateException("two supports for '" + code + "': " + other.getClass().getName()
                            + " and " + support.getClass().getName() + "; keep one lang module on the class path");
                }
            }
            return Collections.unmodifiableMap(found);
        }
    }

    /** A language no module supports: every method keeps its neutral default. */
    private record NeutralLanguage(String language) implements LanguageSupport {
    }
}
