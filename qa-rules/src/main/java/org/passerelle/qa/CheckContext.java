package org.passerelle.qa;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.qa.languagetool.Proofreader;
import org.passerelle.xliff.TranslationUnit;

/**
 * What checks share during one run: the termbase with its matchers (built once per language), the
 * LanguageTool proofreader, the profile, and what each language needs (its {@link LanguageSupport}:
 * checks ask it rather than compare language codes). Thread-safe.
 */
public final class CheckContext {
    private final Profile profile;
    private final Termbase termbase;
    private final Proofreader proofreader;
    private final Map<String, TermMatcher> matchers = new ConcurrentHashMap<>();

    public CheckContext(Profile profile, Termbase termbase, Proofreader proofreader) {
        this.profile = profile;
        this.termbase = termbase;
        this.proofreader = proofreader;
    }

    public Profile profile() {
        return profile;
    }

    public Optional<Termbase> termbase() {
        return Optional.ofNullable(termbase);
    }

    /** The matcher for one language of the termbase; empty when the run has no termbase. */
    public Optional<TermMatcher> termMatcher(String language) {
        if (termbase == null || language == null) {
            return Optional.empty();
        }
        return Optional.of(matchers.computeIfAbsent(language, l -> TermMatcher.of(termbase, l)));
    }

    /** The support for a language tag; the neutral one for a language no module supports. */
    public LanguageSupport language(String tag) {
        return LanguageSupports.of(tag);
    }

    /** The support for the language of one side of a unit. */
    public LanguageSupport language(TranslationUnit unit, Side side) {
        return language(side == Side.SOURCE ? unit.sourceLanguage() : unit.targetLanguage());
    }

    public Proofreader proofreader() {
        return proofreader;
    }
}
