package org.passerelle.core.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Literal texts one of which every match of a regular expression contains ("report" for
 * "report(?:é|ée)", "next year" or "last year" for "next year|last year"), compared case-insensitively.
 * A language's tables hold dozens of patterns tried one after another on each segment, and a scan
 * with the regular expression costs ten times looking for its literals: this says cheaply where the
 * scan cannot match. Where a branch of the expression has no literal, or it uses a construct this
 * does not read, nothing is ruled out.
 */
public final class RequiredLiterals {
    private static final RequiredLiterals ANY = new RequiredLiterals(List.of());
    /** The last text folded on this thread: the tables' patterns are tried one after another on the same text. */
    private static final ThreadLocal<String[]> LAST_FOLDED = ThreadLocal.withInitial(() -> new String[2]);

    private final List<String> literals;

    private RequiredLiterals(List<String> literals) {
        this.literals = List.copyOf(literals);
    }

    /** Those of {@code pattern}; nothing ruled out under flags that change what a literal is. */
    public static RequiredLiterals of(Pattern pattern) {
        if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0) {
            return ANY;
        }
        List<String> found;
        try {
            found = new RegexReader(pattern.pattern()).alternation();
        } catch (Unreadable e) {
            return ANY;
        }
        return found == null ? ANY : new RequiredLiterals(found.stream().map(RequiredLiterals::fold).toList());
    }

    /** The literals, folded to lower case; empty when nothing is ruled out. */
    public List<String> literals() {
        return literals;
    }

    /** False only where the expression cannot match {@code text}. */
    public boolean mayBeIn(String text) {
        if (literals.isEmpty()) {
            return true;
        }
        String folded = folded(text);
        for (String literal : literals) {
            if (folded.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private static String folded(String text) {
        String[] last = LAST_FOLDED.get();
        // the same String object, not an equal one: comparing the texts would cost what folding saves
        if (last[0] != text) {
            last[0] = text;
            last[1] = fold(text);
        }
        return last[1];
    }

    /** Char by char, so that offsets stay and each char folds as a case-insensitive regular expression compares it. */
    static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
        }
        return new String(chars);
    }

    /**
     * Reads a regular expression's text for its required literals: a sequence requires its longest
     * run of literal characters or the literals of a group it cannot skip, an alternation one of its
     * branches' literals. Null where it cannot tell.
     */
    private static final class RegexReader {
        private final String regex;
        private int at;

        RegexReader(String regex) {
            this.regex = regex;
        }

        /** The literals of its branches, read to the ')' or end that closes it; null if a branch has none. */
        List<String> alternation() {
            List<String> all = new ArrayList<>();
            while (true) {
                List<String> branch = sequence();
                if (branch == null) {
                    all = null;
                } else if (all != null) {
                    all.addAll(branch);
                }
                if (at < regex.length() && regex.charAt(at) == '|') {
                    at++;
                } else {
                    return all;
                }
            }
        }

        /** The best literals of one branch, up to the '|' or ')' that ends it; null if it has none. */
        private List<String> sequence() {
            List<String> best = null;
            StringBuilder run = new StringBuilder();
            while (at < regex.length() && regex.charAt(at) != '|' && regex.charAt(at) != ')') {
                Item item = item();
                Quantifier q = quantifier();
                if (item.literal != 0 && q != Quantifier.OPTIONAL) {
                    run.append(item.literal);
                }
                if (item.literal == 0 || q != Quantifier.ONCE) {
                    best = better(best, run);
                    run.setLength(0);
                }
                if (item.literal == 0 && q != Quantifier.OPTIONAL && item.group != null) {
                    best = better(best, item.group);
                }
            }
            return better(best, run);
        }

        private static List<String> better(List<String> best, CharSequence run) {
            return run.length() == 0 ? best : better(best, List.of(run.toString()));
        }

        private static List<String> better(List<String> best, List<String> candidate) {
            if (best == null || shortest(candidate) > shortest(best)) {
                return candidate;
            }
            return best;
        }

        private static int shortest(List<String> literals) {
            return literals.stream().mapToInt(String::length).min().orElse(0);
        }

        /** A literal char, a group with its literals (or none), or another construct (neither). */
        private Item item() {
            char c = regex.charAt(at++);
            switch (c) {
                case '\\':
                    return escape();
                case '[':
                    if (!skipClass()) {
                        throw new Unreadable();
                    }
                    return Item.OTHER;
                case '(':
                    return group();
                case '.', '^', '$':
                    return Item.OTHER;
                case '*', '+', '?', '{':
                    throw new Unreadable();
                default:
                    return new Item(c, null);
            }
        }

        private Item escape() {
            if (at >= regex.length()) {
                throw new Unreadable();
            }
            char c = regex.charAt(at++);
            if (c == 'Q') {
                int end = regex.indexOf("\\E", at);
                String quoted = regex.substring(at, end < 0 ? regex.length() : end);
                at = end < 0 ? regex.length() : end + 2;
                return quoted.isEmpty() ? Item.OTHER : new Item((char) 0, List.of(quoted));
            }
            if (c == 'p' || c == 'P') {
                if (at < regex.length() && regex.charAt(at) == '{') {
                    int end = regex.indexOf('}', at);
                    if (end < 0) {
                        throw new Unreadable();
                    }
                    at = end + 1;
                } else {
                    at++;
                }
                return Item.OTHER;
            }
            if (Character.isLetterOrDigit(c)) {
                // word boundaries and classes (b, s, d, w …) are no literals; code points and back-references not read
                if ("bBAzZGsSdDwWhHvVRX".indexOf(c) < 0) {
                    throw new Unreadable();
                }
                return Item.OTHER;
            }
            return new Item(c, null);
        }

        private boolean skipClass() {
            int depth = 1;
            while (at < regex.length() && depth > 0) {
                char c = regex.charAt(at++);
                if (c == '\\') {
                    at++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']') {
                    depth--;
                }
            }
            return depth == 0;
        }

        private Item group() {
            boolean lookaround = false;
            if (regex.startsWith("?", at)) {
                if (regex.startsWith("?:", at)) {
                    at += 2;
                } else if (regex.startsWith("?=", at) || regex.startsWith("?!", at)) {
                    at += 2;
                    lookaround = true;
                } else if (regex.startsWith("?<=", at) || regex.startsWith("?<!", at)) {
                    at += 3;
                    lookaround = true;
                } else if (regex.startsWith("?<", at)) {
                    int end = regex.indexOf('>', at);
                    if (end < 0) {
                        throw new Unreadable();
                    }
                    at = end + 1;
                } else {
                    throw new Unreadable();
                }
            }
            List<String> inside = alternation();
            if (at >= regex.length() || regex.charAt(at) != ')') {
                throw new Unreadable();
            }
            at++;
            return lookaround || inside == null ? Item.OTHER : new Item((char) 0, inside);
        }

        /** The quantifier after an item, with its lazy or possessive mark; null-safe at the end. */
        private Quantifier quantifier() {
            if (at >= regex.length()) {
                return Quantifier.ONCE;
            }
            char c = regex.charAt(at);
            Quantifier q;
            if (c == '?' || c == '*') {
                q = Quantifier.OPTIONAL;
                at++;
            } else if (c == '+') {
                q = Quantifier.AT_LEAST_ONCE;
                at++;
            } else if (c == '{') {
                int end = regex.indexOf('}', at);
                String bounds = regex.substring(at + 1, end < 0 ? at + 1 : end);
                at = end < 0 ? regex.length() : end + 1;
                q = bounds.startsWith("0") || bounds.startsWith(",") || bounds.isEmpty() ? Quantifier.OPTIONAL
                        : Quantifier.AT_LEAST_ONCE;
            } else {
                return Quantifier.ONCE;
            }
            if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
                at++;
            }
            return q;
        }
    }

    /** A construct the reader does not know: then nothing is ruled out. */
    private static final class Unreadable extends RuntimeException {
        Unreadable() {
            super(null, null, false, false);
        }
    }

    private enum Quantifier { ONCE, OPTIONAL, AT_LEAST_ONCE }

    /** One item of a sequence: a literal char, or (char 0) a group's required literals or nothing known. */
    private record Item(char literal, List<String> group) {
        static final Item OTHER = new Item((char) 0, null);
    }
}
