package org.passerelle.qa.checks;

import java.util.List;
import java.util.regex.Matcher;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.FalseFriends;
import org.passerelle.qa.CheckContext;
import org.passerelle.qa.CheckDefinition;
import org.passerelle.qa.CheckMatch;
import org.passerelle.qa.IssueType;
import org.passerelle.qa.SegmentCheck;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;

/**
 * A well-known false friend: the source has a word ("actuellement") and the translation the target
 * word that looks like it but means something else ("actually"), and no other source word justifies
 * it ("en fait"). The pairs are the target language's data ({@code LanguageSupport.falseFriends}):
 * English has those of French; Vietnamese, which does not borrow French words by their look, has the
 * English ones a translation through English carries over ("assiste à" as "hỗ trợ", assists).
 */
public final class FalseFriendCheck extends SegmentCheck {
    public static final CheckDefinition DEFINITION = CheckDefinition.of("false-friend", IssueType.MISTRANSLATION,
            Severity.WARNING, "A source word translated by its false friend (\"actuellement\" as \"actually\","
                    + " \"assister à\" as \"assist\"), unless another source word justifies it",
            s -> new FalseFriendCheck());

    public FalseFriendCheck() {
        super(DEFINITION);
    }

    @Override
    protected void checkSegment(TranslationUnit unit, SegmentPair s, CheckContext context, List<CheckMatch> matches) {
        FalseFriends friends = context.language(unit, Side.TARGET).falseFriends(Languages.primary(unit.sourceLanguage()));
        for (FalseFriends.Pair pair : friends.pairs()) {
            pair.find(s.source(), s.target()).ifPresent(m -> matches.add(match(s, pair, m)));
        }
    }

    private static CheckMatch match(SegmentPair s, FalseFriends.Pair pair, Matcher m) {
        Matcher word = pair.source().matcher(s.source());
        String french = word.find() ? word.group() : "";
        return new CheckMatch(s.id(), Side.TARGET, m.start(), m.end() - m.start(), "'" + m.group() + "' is a false friend of '"
                + french + "', which means " + pair.meaning() + ": check the meaning", List.of());
    }
}
