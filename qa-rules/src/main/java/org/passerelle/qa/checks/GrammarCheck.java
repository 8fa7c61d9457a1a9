package org.passerelle.qa.checks;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 * LanguageTool's rules other than spelling (agreement, confusions, style), with the pattern rules
 * the language modules add to them (lang-en's "The two sides has welcomed"), minus the rules the
 * profile ignores because another check covers them or they only concern typography.
 */
public final class GrammarCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("grammar", IssueType.GRAMMAR,
            Severity.WARNING, "LanguageTool's rules other than spelling (agreement, confusions, style) and the"
                    + " language modules' own LanguageTool rules (\"The two sides has welcomed\", \"ready to considering\"),"
                    + " minus grammar.ignore-rules; nothing inside an address, @handle or placeholder (\"fr\" in \"@VNA_fr\""
                    + " is no franc)", GrammarCheck::new)
            .sourceSeverity(Severity.INFO)
            .parameter(Parameter.bool("check-source", true,
                    "also check the French source (findings go to the French desk, at source-severity)"))
            .parameter(Parameter.list("ignore-rules", String.join(",", "WHITESPACE_RULE", "COMMA_PARENTHESIS_WHITESPACE",
                            "DOUBLE_PUNCTUATION", "WORD_REPEAT_RULE", "FRENCH_WORD_REPEAT_RULE", "FRENCH_WHITESPACE",
                            "FRENCH_WHITESPACE_STRICT", "EN_QUOTES", "APOS_TYP", "DASH_RULE", "TIRET", "UNPAIRED_BRACKETS",
                            "FR_SPLIT_WORDS_HYPHEN", "OXFORD_SPELLING_Z_NOT_S", "CONSECUTIVE_SPACES",
                            "EN_DATE_WEEKDAY_CURRENTYEAR", "DATE_FUTURE_VERB_PAST", "DATE_NEW_YEAR"),
                    "LanguageTool rule ids never reported: rules that other checks already cover (whitespace,"
                            + " punctuation, repeated words), that only concern typography, or that judge a date by"
                            + " the day the QA runs (a weekday against the current year)"))
            .languages(LanguageScope.LANGUAGETOOL);
    private static final String SENTENCE_START = "UPPERCASE_SENTENCE_START";

    private final boolean checkSource;
    private final Set<String> ignored;

    public GrammarCheck(CheckSettings settings) {
        super(DEFINITION);
        this.checkSource = settings.bool("check-source");
        this.ignored = Arrays.stream(settings.string("ignore-rules").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Sees the plain text and its codes: it renders the codes itself, for LanguageTool (ProofText). */
    @Override
    protected boolean readsRenderedText() {
        return false;
    }

    @Override
    protected void checkSource(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        if (checkSource) {
            proofread(s.id(), Side.SOURCE, s.source(), ProofText.of(s.source(), s.sourceCodes()), unit.sourceLanguage(),
                    context, Set.of(), matches);
        }
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        // "date 2024-08": a target keeping the copy's lower-case start is no target error.
        Set<String> mirrored = startsLowerCase(s.source()) ? Set.of(SENTENCE_START) : Set.of();
        proofread(s.id(), Side.TARGET, s.target(), ProofText.of(s.target(), s.targetCodes()), unit.targetLanguage(),
                context, mirrored, matches);
    }

    private static boolean startsLowerCase(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Character::isLowerCase);
    }

    private void proofread(String segment, Side side, String plain, ProofText text, String lang, CheckContext context,
                           Set<String> alsoIgnored, List<CheckMatch> out) {
        List<ProofMatch> found = context.proofreader().check(lang, text.text());
        List<int[]> verbatim = found.isEmpty() ? List.of() : Verbatim.spans(plain);
        for (ProofMatch m : found) {
            if (m.spelling() || ignored.contains(m.ruleId()) || alsoIgnored.contains(m.ruleId())) {
                continue;
            }
            int start = text.plain(m.offset());
            int end = text.plain(m.offset() + m.length());
            // An address or handle is copied as it is: "fr" in "@VNA_fr" is no franc.
            if (!Verbatim.overlaps(verbatim, start, end)) {
                out.add(new CheckMatch(segment, side, start, end - start, m.message() + " [" + m.ruleId() + "]",
                        m.suggestions()));
            }
        }
    }
}
