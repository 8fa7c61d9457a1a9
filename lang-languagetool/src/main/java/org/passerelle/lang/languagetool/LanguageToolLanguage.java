package org.passerelle.lang.languagetool;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.passerelle.core.lang.DeclaredLanguage;
import org.passerelle.core.lang.LanguageData;
import org.passerelle.core.lang.LatinKeys;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.core.lang.Lemmatizer;
import org.passerelle.core.lang.Lexicon;
import org.passerelle.core.lang.SpellingVariants;
import org.passerelle.core.lang.TermKeys;

/**
 * A language LanguageTool checks and lemmatises: its spelling variants, its default variant for a
 * bare tag, and term keys by lemma from LanguageTool's tagger. Subclasses add the language's data.
 */
public abstract class LanguageToolLanguage extends DeclaredLanguage {
    private final String language;
    private final String defaultCode;
    private final Set<String> variants;
    private final TermKeys termKeys;
    private final Lexicon lexicon;

    /**
     * @param data        the language's data; its {@code language()} is the ISO 639 code ("en")
     * @param defaultCode the LanguageTool code for a tag without a variant LanguageTool has ("en-US")
     * @param variants    the regional variants LanguageTool checks with their own dictionary
     *                    ("en-GB", ...); a tag naming one is checked in it
     */
    protected LanguageToolLanguage(LanguageData data, String defaultCode, Set<String> variants) {
        this(data, defaultCode, variants, "");
    }

    /** @param properNounTag the part-of-speech tag LanguageTool's tagger gives proper nouns ("NNP"), "" for none */
    protected LanguageToolLanguage(LanguageData data, String defaultCode, Set<String> variants, String properNounTag) {
        this(data, defaultCode, variants, properNounTag, SpellingVariants.NONE);
    }

    /** @param spellings words the language spells two ways by region, one term key for both */
    protected LanguageToolLanguage(LanguageData data, String defaultCode, Set<String> variants, String properNounTag,
                                   SpellingVariants spellings) {
        super(data);
        this.language = data.language();
        this.defaultCode = defaultCode;
        this.variants = Set.copyOf(variants);
        Supplier<Optional<TaggerLemmatizer>> tagger = new Once<>(() -> TaggerLemmatizer.create(language, properNounTag));
        this.termKeys = new LatinKeys(() -> tagger.get().map(Lemmatizer.class::cast), spellings);
        this.lexicon = new Lexicon() {
            @Override
            public boolean knows(String word) {
                return tagger.get().map(t -> t.knows(word)).orElse(false);
            }

            @Override
            public boolean knowsName(String word) {
                return tagger.get().map(t -> t.knowsName(word)).orElse(false);
            }
        };
    }

    @Override
    public Optional<String> languageToolCode(String tag) {
        String t = tag.strip().replace('_', '-');
        int dash = t.indexOf('-');
        if (dash > 0) {
            String variant = language + "-" + t.substring(dash + 1).toUpperCase(Locale.ROOT);
            if (variants.contains(variant)) {
                return Optional.of(variant);
            }
        }
        return Optional.of(defaultCode);
    }

    /**
     * The LanguageTool language that checks {@code code} (a LanguageTool code such as "en-GB"): the one
     * its language module gives, or LanguageTool's own.
     */
    public static Language checking(String code) {
        return LanguageSupports.of(code) instanceof LanguageToolLanguage l ? l.languageTool(code)
                : Languages.getLanguageForShortCode(code);
    }

    /**
     * The LanguageTool language this module checks {@code code} with; by default LanguageTool's own.
     * A module gives its own where LanguageTool's does work Passerelle throws away
     * ({@link SuggestionsOnDemand}).
     */
    protected Language languageTool(String code) {
        return Languages.getLanguageForShortCode(code);
    }

    /** Hands LanguageTool the spelling dictionaries the language modules' build compiled. */
    @Override
    public void beforeLanguageTool() {
        SpellingDictionaries.preload();
    }

    /** The regional variants LanguageTool checks for this language. */
    public Set<String> variants() {
        return variants;
    }

    @Override
    public TermKeys termKeys() {
        return termKeys;
    }

    /** The words LanguageTool's tagger dictionary knows, inflected forms included. */
    @Override
    public Lexicon lexicon() {
        return lexicon;
    }
}
