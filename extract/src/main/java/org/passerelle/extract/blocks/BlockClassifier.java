package org.passerelle.extract.blocks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.passerelle.core.BlockRole;

/**
 * Gives every block its role: the structure the markup gave it, refined by the rules file
 * (datelines and signatures split off, captions and credits recognised, boilerplate marked), and
 * for plain paragraphs a title guess (a short line without a sentence end before any body text).
 */
public final class BlockClassifier {
    private static final int LONGEST_TITLE = 200;

    /** A block with its role; text not yet normalised. */
    public record Classified(BlockRole role, RawBlock raw) {
    }

    private final BoilerplateRules rules;

    public BlockClassifier(BoilerplateRules rules) {
        this.rules = rules;
    }

    public List<Classified> classify(List<RawBlock> blocks) {
        return new Pass().run(blocks);
    }

    /** State of one article's classification; the classifier itself is shared. */
    private final class Pass {
        private final List<Classified> out = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private boolean rest;
        private boolean sawTitle;
        private boolean sawBody;

        List<Classified> run(List<RawBlock> blocks) {
            for (RawBlock raw : blocks) {
                if (rest || raw.boilerplate()) {
                    add(BlockRole.BOILERPLATE, raw);
                } else if (startsRest(raw)) {
                    rest = true;
                    add(BlockRole.BOILERPLATE, raw);
                } else {
                    split(raw);
                }
            }
            return out;
        }

        private boolean startsRest(RawBlock raw) {
            String text = Whitespace.normalise(raw.raw());
            return rules.of(Rule.Action.REST).stream().anyMatch(r -> r.pattern().matcher(text).find());
        }

        private void split(RawBlock raw) {
            for (Rule rule : rules.of(Rule.Action.MARKER)) {
                Matcher m = rule.pattern().matcher(raw.raw());
                if (m.find() && m.end() > m.start()) {
                    RawBlock before = raw.slice(0, m.start()).trimmed();
                    RawBlock marker = raw.slice(m.start(), m.end()).trimmed();
                    RawBlock after = raw.slice(m.end(), raw.raw().length()).trimmed();
                    if (before != null) {
                        // An image's alternative text: a repeat of the title is not worth translating twice.
                        boolean repeat = seen.contains(Whitespace.normalise(before.raw()));
                        add(repeat ? BlockRole.BOILERPLATE : BlockRole.CAPTION, before);
                    }
                    if (marker != null) {
                        add(rule.role(), marker);
                    }
                    if (after != null) {
                        split(after);
                    }
                    return;
                }
            }
            RawBlock rest = raw;
            boolean again = true;
            while (again && rest != null) {
                again = false;
                for (Rule rule : rules.of(Rule.Action.PREFIX)) {
                    Matcher m = rule.pattern().matcher(rest.raw());
                    if (m.lookingAt() && m.end() > 0) {
                        add(rule.role(), rest.slice(0, m.end()).trimmed());
                        rest = rest.slice(m.end(), rest.raw().length()).trimmed();
                        again = true;
                        break;
                    }
                }
            }
            if (rest == null) {
                return;
            }
            List<Classified> suffixes = new ArrayList<>();
            for (Rule rule : rules.of(Rule.Action.SUFFIX)) {
                Matcher m = rule.pattern().matcher(rest.raw());
                if (m.find() && m.start() > 0) {
                    RawBlock suffix = rest.slice(m.start(), rest.raw().length()).trimmed();
                    if (suffix != null) {
                        suffixes.add(0, new Classified(rule.role(), suffix));
                    }
                    rest = rest.slice(0, m.start()).trimmed();
                    if (rest == null) {
                        break;
                    }
                }
            }
            if (rest != null) {
                add(roleOf(rest), rest);
            }
            suffixes.forEach(c -> add(c.role(), c.raw()));
        }

        private BlockRole roleOf(RawBlock raw) {
            String text = Whitespace.normalise(raw.raw());
            for (Rule rule : rules.rules()) {
                boolean applies = rule.action() == Rule.Action.BLOCK || (rule.action() == Rule.Action.LEAD && !sawBody);
                if (applies && rule.pattern().matcher(text).find()) {
                    return rule.role();
                }
            }
            switch (raw.structure()) {
                case TITLE:
                    return sawTitle ? BlockRole.HEADING : BlockRole.TITLE;
                case HEADING:
                    return BlockRole.HEADING;
                case LIST_ITEM:
                    return BlockRole.LIST_ITEM;
                case TABLE_CELL:
                    return BlockRole.TABLE_CELL;
                case CAPTION:
                    return BlockRole.CAPTION;
                default:
                    return looksLikeTitle(text) ? BlockRole.TITLE : BlockRole.BODY;
            }
        }

        private boolean looksLikeTitle(String text) {
            if (sawTitle || sawBody || text.length() > LONGEST_TITLE || text.codePoints().noneMatch(Character::isLetter)) {
                return false;
            }
            char last = text.charAt(text.length() - 1);
            return ".!?…:;,".indexOf(last) < 0;
        }

        private void add(BlockRole role, RawBlock raw) {
            if (raw == null) {
                return;
            }
            out.add(new Classified(role, raw));
            seen.add(Whitespace.normalise(raw.raw()));
            sawTitle |= role == BlockRole.TITLE;
            sawBody |= role == BlockRole.BODY;
        }
    }
}
