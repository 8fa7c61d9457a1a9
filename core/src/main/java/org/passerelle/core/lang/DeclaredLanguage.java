package org.passerelle.core.lang;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A language whose answers are its {@link LanguageData}: a language module states its data once, in
 * its constructor, instead of overriding one method per question.
 */
public abstract class DeclaredLanguage implements LanguageSupport {
    private final LanguageData data;

    protected DeclaredLanguage(LanguageData data) {
        this.data = data;
    }

    @Override
    public final String language() {
        return data.language();
    }

    @Override
    public Optional<String> defaultRegion() {
        return data.defaultRegion();
    }

    @Override
    public String warmUpText() {
        return data.warmUpText();
    }

    @Override
    public NumberStyle numbers() {
        return data.numbers();
    }

    @Override
    public NumberNames numberNames() {
        return data.numberNames();
    }

    @Override
    public TimeStyle times() {
        return data.times();
    }

    @Override
    public PunctuationStyle punctuation() {
        return data.punctuation();
    }

    @Override
    public boolean reduplicates() {
        return data.reduplicates();
    }

    @Override
    public Set<String> allowedRepeats() {
        return data.allowedRepeats();
    }

    @Override
    public Set<Feature> features() {
        return data.features();
    }

    @Override
    public Set<String> loanwords() {
        return data.loanwords();
    }

    @Override
    public Set<String> notReduplicated() {
        return data.notReduplicated();
    }

    @Override
    public NameSpelling nameSpelling() {
        return data.nameSpelling();
    }

    @Override
    public AcronymEquivalents acronymEquivalents(String sourceLanguage) {
        return data.acronyms().getOrDefault(sourceLanguage, AcronymEquivalents.NONE);
    }

    @Override
    public Set<String> listConjunctions() {
        return data.listConjunctions();
    }

    @Override
    public Optional<Pattern> joinedPredicate() {
        return data.joinedPredicate();
    }

    @Override
    public Optional<RoleVerbs> roleVerbs() {
        return data.roleVerbs();
    }

    @Override
    public Set<String> functionWords() {
        return data.functionWords();
    }

    @Override
    public Set<String> abbreviations() {
        return data.abbreviations();
    }

    @Override
    public Optional<Negation> negation() {
        return data.negation();
    }

    @Override
    public FalseFriends falseFriends(String sourceLanguage) {
        return data.falseFriends().getOrDefault(sourceLanguage, FalseFriends.NONE);
    }

    @Override
    public WordList writtenNames() {
        return data.writtenNames();
    }

    @Override
    public WordList compoundWords() {
        return data.compoundWords();
    }

    @Override
    public CountryNames countries() {
        return data.countries();
    }

    @Override
    public Opposites opposites(String sourceLanguage) {
        return data.opposites().getOrDefault(sourceLanguage, Opposites.NONE);
    }

    @Override
    public DateOrder dateOrder() {
        return data.dates();
    }

    @Override
    public boolean serialComma() {
        return data.serialComma();
    }

    @Override
    public Set<String> officeTitles() {
        return data.officeTitles();
    }

    @Override
    public Optional<String> grammarRules() {
        return data.grammarRules();
    }
}
