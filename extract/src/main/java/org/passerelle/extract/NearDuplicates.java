package org.passerelle.extract;

import org.passerelle.core.BlockRole;

import org.passerelle.core.Block;

import org.passerelle.core.Article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds articles of a batch that are the same story (so the desk does not pay to translate it
 * twice) and paragraphs that occur verbatim in several articles. Articles are compared on their
 * translatable text as sets of word 5-grams ("shingles"): Jaccard similarity says how alike two
 * articles are, containment how much of the shorter one the longer repeats (a re-publication with
 * a new title and caption contains the whole original). Pairwise, so meant for batches of up to a
 * few thousand articles.
 */
public final class NearDuplicates {
    private static final int SHINGLE = 5;
    /** Shorter paragraphs ("Photo: VNA", "-VNA") repeat everywhere and mean nothing. */
    private static final int MIN_PARAGRAPH = 40;

    private final double minJaccard;
    private final double minContainment;

    /** @param minJaccard pairs at or above this similarity are reported; so are pairs where one contains
     *                    at least {@code minContainment} of the other */
    public NearDuplicates(double minJaccard, double minContainment) {
        this.minJaccard = minJaccard;
        this.minContainment = minContainment;
    }

    /** Defaults that flag re-publications and rewrites sharing most of their sentences. */
    public NearDuplicates() {
        this(0.5, 0.8);
    }

    /** Two articles that tell the same story. */
    public record Pair(Article first, Article second, double jaccard, double containment) {
    }

    /** A paragraph that occurs, after white-space normalisation, in more than one article. */
    public record SharedParagraph(String text, List<Occurrence> occurrences) {
    }

    /** Where a shared paragraph occurs: the article and the index of the block in {@link Article#blocks()}. */
    public record Occurrence(Article article, int blockIndex) {
    }

    public record Report(List<Pair> pairs, List<SharedParagraph> paragraphs) {
        public boolean isEmpty() {
            return pairs.isEmpty() && paragraphs.isEmpty();
        }

        /**
         * One line per finding, for a console:
         * "near-duplicate: 000_… and 001_… (similarity 0.78; 100% of the shorter in the longer)",
         * "identical paragraph in 000_…, 001_…: Le chef du Département…".
         */
        public List<String> lines() {
            List<String> out = new ArrayList<>();
            for (Pair p : pairs) {
                out.add(String.format(Locale.ROOT, "near-duplicate: %s and %s (similarity %.2f; %.0f%% of the shorter in the longer)",
                        p.first().id(), p.second().id(), p.jaccard(), 100 * p.containment()));
            }
            for (SharedParagraph sp : paragraphs) {
                String ids = sp.occurrences().stream().map(o -> o.article().id()).distinct()
                        .reduce((a, b) -> a + ", " + b).orElse("");
                String text = sp.text().length() > 60 ? sp.text().substring(0, 60) + "…" : sp.text();
                out.add("identical paragraph in " + ids + ": " + text);
            }
            return out;
        }

        /** {"pairs": [{"first", "second", "jaccard", "containment"}], "paragraphs": [{"text", "in": [{"id", "block"}]}]}. */
        public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            var root = mapper.createObjectNode();
            var pairsNode = root.putArray("pairs");
            for (Pair p : pairs) {
                var n = pairsNode.addObject();
                n.put("first", p.first().id());
                n.put("second", p.second().id());
                n.put("jaccard", Math.round(p.jaccard() * 1000) / 1000.0);
                n.put("containment", Math.round(p.containment() * 1000) / 1000.0);
            }
            var parasNode = root.putArray("paragraphs");
            for (SharedParagraph sp : paragraphs) {
                var n = parasNode.addObject();
                n.put("text", sp.text());
                var in = n.putArray("in");
                sp.occurrences().forEach(o -> in.addObject().put("id", o.article().id()).put("block", o.blockIndex()));
            }
            return root;
        }
    }

    public Report find(List<Article> articles) {
        List<Set<Long>> shingles = articles.stream().map(NearDuplicates::shingles).toList();
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Set<Long> a = shingles.get(i);
                Set<Long> b = shingles.get(j);
                if (a.isEmpty() || b.isEmpty()) {
                    continue;
                }
                Set<Long> small = a.size() <= b.size() ? a : b;
                Set<Long> large = small == a ? b : a;
                long common = small.stream().filter(large::contains).count();
                double jaccard = common / (double) (a.size() + b.size() - common);
                double containment = common / (double) small.size();
                if (jaccard >= minJaccard || containment >= minContainment) {
                    pairs.add(new Pair(articles.get(i), articles.get(j), jaccard, containment));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed());
        return new Report(pairs, sharedParagraphs(articles));
    }

    private static List<SharedParagraph> sharedParagraphs(List<Article> articles) {
        Map<String, List<Occurrence>> byText = new LinkedHashMap<>();
        for (Article article : articles) {
            List<Block> blocks = article.blocks();
            Set<String> inThisArticle = new HashSet<>();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (!b.role().translatable() || b.text().length() < MIN_PARAGRAPH) {
                    continue;
                }
                String key = key(b.text());
                if (inThisArticle.add(key)) {
                    byText.computeIfAbsent(key, k -> new ArrayList<>()).add(new Occurrence(article, i));
                }
            }
        }
        List<SharedParagraph> out = new ArrayList<>();
        byText.forEach((key, occ) -> {
            if (occ.size() > 1) {
                Occurrence first = occ.get(0);
                out.add(new SharedParagraph(first.article().blocks().get(first.blockIndex()).text(), List.copyOf(occ)));
            }
        });
        return out;
    }

    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('’', '\'').toLowerCase(Locale.ROOT);
    }

    private static Set<Long> shingles(Article article) {
        List<String> words = new ArrayList<>();
        for (Block b : article.translatableBlocks()) {
            if (b.role() == BlockRole.DATELINE || b.role() == BlockRole.CREDIT) {
                continue;
            }
            for (String w : key(b.text()).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int k = i; k < i + SHINGLE; k++) {
                h = 31 * h + words.get(k).hashCode();
            }
            out.add(h);
        }
        return out;
    }
}
