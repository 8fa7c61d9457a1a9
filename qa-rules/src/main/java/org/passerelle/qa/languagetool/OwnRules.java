package org.passerelle.qa.languagetool;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;

/**
 * The pattern rules a language module adds to LanguageTool's ({@code LanguageSupport.grammarRules}:
 * lang-en's "The two sides has welcomed"), loaded by LanguageTool's own loader into every instance
 * that checks grammar, so that the grammar check reports them as it reports LanguageTool's.
 */
public final class OwnRules {
    private OwnRules() {
    }

    /** Adds the rules of the language module of {@code code} ("en-GB") to {@code lt}. */
    static void addTo(JLanguageTool lt, Language language, String code) {
        Optional<String> xml = LanguageSupports.of(code).grammarRules();
        if (xml.isEmpty()) {
            return;
        }
        try {
            for (AbstractPatternRule rule : new PatternRuleLoader().getRules(
                    new ByteArrayInputStream(xml.get().getBytes(StandardCharsets.UTF_8)), "passerelle-" + code + ".xml", language)) {
                lt.addRule(rule);
            }
        } catch (IOException e) {
            // A module's bundled rules that do not load are the module's bug, not the user's input.
            throw new UncheckedIOException("the grammar rules of " + code + " do not load", e);
        }
    }

    /**
     * What the installed languages' rules are, in a few characters: LanguageTool results cached under
     * other rules must not be reused, or a new rule would report nothing on texts checked before.
     */
    public static String digest() {
        String all = LanguageSupports.installed().stream().sorted(Comparator.comparing(LanguageSupport::language))
                .map(l -> l.language() + ":" + l.grammarRules().orElse("")).collect(Collectors.joining("\n"));
        return Integer.toHexString(all.hashCode());
    }
}
