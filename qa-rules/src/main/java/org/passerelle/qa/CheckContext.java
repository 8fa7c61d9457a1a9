package org.passerelle.qa;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.glossary.Termbase;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.qa.languagetool.Proofreader;

/**
 * What checks share during one run: the termbase with its matchers (built once per language), the
 * LanguageTool proofreader and the profile. Thread-safe.
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

    public Proofreader proofreader() {
        return proofreader;
    }
}
