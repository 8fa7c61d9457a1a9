package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text cut into sentences where a full stop, question or exclamation mark is followed by a
 * capital, a figure or a quotation: enough to count the sentences of one segment, which the
 * segmenter left together. "M. Lam", "L. 4121-2", "U.S." and "Dr. Smith" do not end a sentence;
 * a Vietnamese word of two letters does ("trụ sở Bộ. Buổi lễ"), so the two-letter abbreviations are listed.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("[.!?…]+[\"'»”)]*\\s+(?=[\\p{Lu}\\p{N}\"'«“(])");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}|Mr|Ms|Dr|St|Mt|Jr|Sr|Me|Pr|\\p{Lu}\\.\\p{Lu})$");

    private Sentences() {
    }

    static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            String before = text.substring(start, m.start());
            if (ABBREVIATION.matcher(before).find()) {
                continue;
            }
            add(sentences, text.substring(start, m.end()));
            start = m.end();
        }
        add(sentences, text.substring(start));
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        if (sentence.codePoints().anyMatch(Character::isLetter)) {
            sentences.add(sentence.strip());
        }
    }
}
