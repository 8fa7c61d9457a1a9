package org.passerelle.qa.checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.LanguageScope;
import org.passerelle.qa.Parameter;
import org.passerelle.qa.ProofText;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.qa.languagetool.ProofMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * LanguageTool's dictionary-based spelling rules, on the target (English in the file's variant:
 * en-US flags "defence") and, unless turned off, on the source so the French desk can fix its
 * copy. Names are not reported (see {@link SpellingExemptions}).
 */
public final class SpellingCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("spelling", IssueType.MISSPELLING,
            Severity.WARNING, "LanguageTool's spelling dictionaries: French source, English target in its variant;"
                    + " names are skipped",
            SpellingCheck::new)
            .sourceSeverity(Severity.INFO)
            .parameter(Parameter.bool("check-source", true,
                    "also check the French source (findings go to the French desk, at source-severity)"))
            .parameter(Parameter.oneOf("english-variant", List.of("en-US", "en-GB", "en-AU", "en-CA", "en-NZ", "en-ZA"),
                    "en-US", "English variant for files whose target language is just \"en\" (en-GB and en-US files use"
                            + " their own)"))
            .parameter(Parameter.list("ignore-words", "lao, militaro", "words never reported, any language"
                    + " (case-insensitive): the desk's vocabulary that LanguageTool's dictionaries lack, e.g. the French"
                    + " adjective \"lao\" (of Laos) and the prefix \"militaro-\""))
            .languages(LanguageScope.LANGUAGETOOL);

    private final boolean checkSource;
    private final Set<String> ignored;

    public SpellingCheck(CheckSettings settings) {
        super(DEFINITION);
        this.checkSource = settings.bool("check-source");
        this.ignored = new HashSet<>();
        for (String w : settings.string("ignore-words").split(",")) {
            if (!w.isBlank()) {
                ignored.add(WordFolding.fold(w.strip()));
            }
        }
    }

    /** Sees the plain text and its codes: it renders the codes itself, for LanguageTool (ProofText). */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (checkSource) {
            proofread(s.id(), Side.SOURCE, ProofText.of(s.source(), s.sourceCodes()), s.source(), unit.sourceLanguage(),
                    names(s, s.source(), unit.sourceLanguage(), context), context, matches);
        }
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        proofread(s.id(), Side.TARGET, ProofText.of(s.target(), s.targetCodes()), s.target(), unit.targetLanguage(),
                names(s, s.target(), unit.targetLanguage(), context), context, matches);
    }

    /** What counts as a name in {@code checked}, one side of {@code s} in {@code lang}. */
    private SpellingExemptions names(SegmentPair s, String checked, String lang, CheckContext context) {
        List<int[]> terms = context.termMatcher(lang).map(m -> m.find(checked).stream()
                .map(h -> new int[] {h.start(), h.end()}).toList()).orElse(List.of());
        return SpellingExemptions.of(s.source(), s.target(), checked, terms, ignored);
    }

    private static void proofread(String segment, Side side, ProofText proof, String text, String lang,
                                  SpellingExemptions names, CheckContext context, List<CheckMatch> out) {
        for (ProofMatch m : context.proofreader().check(lang, proof.text())) {
            if (!m.spelling()) {
                continue;
            }
            int start = proof.plain(m.offset());
            int end = proof.plain(m.offset() + m.length());
            String word = text.substring(start, end);
            // Asked only now, as LanguageTool's choice beside a neighbouring unknown word costs its suggestions.
            if (names.exempt(word, start, side) || !m.kept()) {
                continue;
            }
            String message = "'" + word + "' is not in the " + lang + " dictionary"
                    + (m.suggestions().isEmpty() ? "; check the spelling" : "; did you mean '" + m.suggestions().get(0) + "'?");
            out.add(new CheckMatch(segment, side, start, end - start, message, m.suggestions()));
        }
    }
}
