package org.passerelle.core.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A language's verbs whose subject and object a translation must not swap ("a reçu", "received",
 * "tiếp": who received whom; "a offert … à", "presented", "tặng": who gave to whom), and how it
 * says them in the passive, where the order of the two turns legitimately ("was received by", "được
 * … tiếp"): the words that end the text before such a verb, or start the text after it.
 */
public record RoleVerbs(Pattern verbs, Pattern passiveBefore, Pattern passiveAfter) {

    /** The first of the verbs in {@code text}, or null. */
    public Matcher first(String text) {
        Matcher m = verbs.matcher(text);
        return m.find() ? m : null;
    }

    /** Whether the verb {@code m} found in {@code text} is said in the passive. */
    public boolean passive(String text, Matcher m) {
        return passiveBefore.matcher(text.substring(0, m.start())).find()
                || passiveAfter.matcher(text.substring(m.end())).lookingAt();
    }
}
