package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.qa.Check;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.CheckSettings;
import org.passerelle.qa.Side;
import org.passerelle.qa.languagetool.ProofMatch;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * LanguageTool's rules other than spelling (agreement, confusions, style), minus the rules the
 * profile ignores because another check covers them or they only concern typography.
 */
public final class GrammarCheck implements Check {
    public static final String ID = "grammar";
    private static final String SENTENCE_START = "UPPERCASE_SENTENCE_START";

    private final boolean checkSource;
    private final Set<String> ignored;

    public GrammarCheck(CheckSettings settings) {
        this.checkSource = settings.bool("check-source");
        this.ignored = Arrays.stream(settings.string("ignore-rules").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<CheckMatch> check(TranslationUnit unit, CheckContext context) {
        List<CheckMatch> matches = new ArrayList<>();
        for (SegmentPair s : unit.segments()) {
            if (checkSource) {
                proofread(s.id(), Side.SOURCE, s.source(), unit.sourceLanguage(), context, Set.of(), matches);
            }
            if (s.hasTarget()) {
                // "date 2024-08": a target keeping the copy's lower-case start is no target error.
                Set<String> mirrored = startsLowerCase(s.source()) ? Set.of(SENTENCE_START) : Set.of();
                proofread(s.id(), Side.TARGET, s.target(), unit.targetLanguage(), context, mirrored, matches);
            }
        }
        return matches;
    }

    private static boolean startsLowerCase(String text) {
        return text.codePoints().filter(Character::isLetter).findFirst().stream().anyMatch(Character::isLowerCase);
    }

    private void proofread(String segment, Side side, String text, String lang, CheckContext context,
                           Set<String> alsoIgnored, List<CheckMatch> out) {
        for (ProofMatch m : context.proofreader().check(lang, text)) {
            if (!m.spelling() && !ignored.contains(m.ruleId()) && !alsoIgnored.contains(m.ruleId())) {
                out.add(new CheckMatch(segment, side, m.offset(), m.length(), m.message() + " [" + m.ruleId() + "]",
                        m.suggestions()));
            }
        }
    }
}
