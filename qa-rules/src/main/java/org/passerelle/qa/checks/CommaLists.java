package org.passerelle.qa.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists written with commas and a conjunction before the last item ("le Vietnam, le Laos, le
 * Cambodge et la Thaïlande", "Vietnam, Laos, Cambodia, and Thailand", "Việt Nam, Lào và Thái
 * Lan"), counted by their items. Items are a few words each: a longer stretch between two commas
 * is a clause ("À Hanoi, le 16 septembre, le ministre a reçu l'ambassadeur et le consul" is no
 * list), and a comma between digits ("1,5") or in an apposition without a conjunction after it
 * separates nothing.
 */
final class CommaLists {
    /**
     * The most words an item of a list has, not counting words of one to three letters ("la
     * coopération militaire" has two, "le perfectionnement du cadre juridique" three): French
     * items carry articles and prepositions that English and Vietnamese items do not.
     */
    private static final int MAX_ITEM_WORDS = 4;
    /** A comma that separates: followed by a space, so not "1,5". */
    private static final Pattern COMMA = Pattern.compile(",(?=\\s)");
    /** Punctuation a conjunction may stand against ("and," "(and"). */
    private static final Pattern PUNCTUATION = Pattern.compile("[,.;:!?()]");
    /** What ends a stretch a list may run in. */
    private static final Pattern CLAUSE_END = Pattern.compile("[.;:!?()«»\"“”]");

    private CommaLists() {
    }

    /**
     * The number of items of each list of the text. {@code generous} also counts the conjunctions
     * inside the items ("defence and security, the economy and health" has four): for a
     * translation, which may pair items the source lists one by one, so that only a list that is
     * short of items even so counts as shorter.
     */
    static List<Integer> items(String text, Set<String> conjunctions, boolean generous) {
        return items(text, conjunctions, true, generous);
    }

    /**
     * The same, for a language that writes no comma before the conjunction of a list ({@code
     * serialComma} false: French "le Vietnam, le Laos et le Cambodge"): there a comma and a
     * conjunction close an apposition ("le ministre, Phan Van Giang, et son homologue"), and the
     * short stretch before them is no item.
     */
    static List<Integer> items(String text, Set<String> conjunctions, boolean serialComma, boolean generous) {
        return items(text, conjunctions, serialComma, generous, generous);
    }

    /**
     * A source's lists counted as a translation's are ({@code generous}), its appositions and opening
     * words still read as a source's ("le ministre, Phan Van Giang, et son homologue", "Selon lui, …"):
     * "la recherche et le sauvetage" is two items as "search and rescue" is, so a list short of one
     * whole item shows however its items are joined.
     */
    static List<Integer> itemsWithInnerConjunctions(String text, Set<String> conjunctions, boolean serialComma) {
        return items(text, conjunctions, serialComma, true, false);
    }

    private static List<Integer> items(String text, Set<String> conjunctions, boolean serialComma, boolean generous,
                                       boolean translation) {
        List<Integer> lists = new ArrayList<>();
        for (String clause : CLAUSE_END.split(text)) {
            List<List<String>> chunks = new ArrayList<>();
            for (String chunk : COMMA.split(clause)) {
                chunks.add(words(chunk));
            }
            for (int j = 1; j < chunks.size(); j++) {
                int at = firstConjunction(chunks.get(j), conjunctions);
                if (at < 0 || size(chunks.get(j).subList(0, at)) > MAX_ITEM_WORDS || at == 0 && !serialComma && !translation) {
                    continue;
                }
                // "trade and investment, and tourism": an item joined inside does not end the list.
                while (j + 1 < chunks.size() && size(chunks.get(j)) <= MAX_ITEM_WORDS) {
                    int next = firstConjunction(chunks.get(j + 1), conjunctions);
                    if (next < 0 || size(chunks.get(j + 1).subList(0, next)) > MAX_ITEM_WORDS) {
                        break;
                    }
                    j++;
                    at = next;
                }
                // Back over the short chunks, the inner items, to the head, whose end is the first item.
                int i = j - 1;
                while (i > 0 && size(chunks.get(i)) <= MAX_ITEM_WORDS && !chunks.get(i).isEmpty()) {
                    i--;
                }
                if (chunks.get(i).isEmpty()) {
                    i++;
                }
                // The head and the inner items, the words before the conjunction, the item after it.
                int count = (j - i) + (at > 0 ? 1 : 0) + 1;
                // A few words opening the sentence may be the first item ("Le Vietnam, le Laos et le Cambodge")
                // or not ("Selon lui, le Vietnam, la Russie et la Chine"): the source's count leaves them out.
                // Items that start alike ("le Vietnam, le Laos") show that the opening words are one.
                // An opening is counted by all its words: "Le Vietnam a envoyé des médecins" is no "Selon lui".
                if (!translation && i == 0 && chunks.get(0).size() <= MAX_ITEM_WORDS && !startsLikeNext(chunks)) {
                    count--;
                }
                if (generous) {
                    List<String> head = chunks.get(i);
                    count += conjunctions(head.subList(Math.max(0, head.size() - MAX_ITEM_WORDS), head.size()), conjunctions);
                    for (int k = i + 1; k < j; k++) {
                        count += conjunctions(chunks.get(k), conjunctions);
                    }
                    count += conjunctions(chunks.get(j), conjunctions) - 1;
                }
                lists.add(count);
                // A list ends at its last item: what follows in the chunk starts the rest of the sentence.
                for (int k = i; k < j; k++) {
                    chunks.set(k, List.of());
                }
            }
        }
        return lists;
    }

    private static boolean startsLikeNext(List<List<String>> chunks) {
        return chunks.size() > 1 && !chunks.get(0).isEmpty() && !chunks.get(1).isEmpty()
                && chunks.get(0).get(0).equals(chunks.get(1).get(0));
    }

    /** The words of an item that count for its length: those of four letters or more, an elision ("l'", "d'") left out. */
    private static int size(List<String> words) {
        int n = 0;
        for (String w : words) {
            String bare = w.replaceFirst("^\\p{L}{1,2}['’]", "");
            if (bare.codePoints().filter(Character::isLetterOrDigit).count() > 3) {
                n++;
            }
        }
        return n;
    }

    private static List<String> words(String chunk) {
        List<String> words = new ArrayList<>();
        for (String w : chunk.strip().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** The word position of the chunk's first conjunction (one word or a phrase: "as well as"), or -1. */
    private static int firstConjunction(List<String> words, Set<String> conjunctions) {
        for (int i = 0; i < words.size(); i++) {
            if (conjunctionAt(words, i, conjunctions) > 0) {
                return i;
            }
        }
        return -1;
    }

    /** How many of the conjunctions the text has, as words ("and", "as well as"). */
    static int conjunctionsIn(String text, Set<String> conjunctions) {
        return conjunctions(words(PUNCTUATION.matcher(text).replaceAll(" ")), conjunctions);
    }

    private static int conjunctions(List<String> words, Set<String> conjunctions) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            int length = conjunctionAt(words, i, conjunctions);
            if (length > 0) {
                count++;
                i += length - 1;
            }
        }
        return count;
    }

    /** The number of words of the conjunction starting at word {@code i}, or 0. */
    private static int conjunctionAt(List<String> words, int i, Set<String> conjunctions) {
        for (int n = 3; n >= 1; n--) {
            if (i + n <= words.size() && conjunctions.contains(String.join(" ", words.subList(i, i + n)))) {
                return n;
            }
        }
        return 0;
    }
}
