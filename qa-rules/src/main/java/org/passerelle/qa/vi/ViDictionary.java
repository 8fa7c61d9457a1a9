package org.passerelle.qa.vi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Vietnamese Hunspell dictionary (Debian's hunspell-vi, GPL, installed on the system, not shipped)
 * read with Lucene's pure-Java Hunspell. It knows syllables in the main-vowel tone style only
 * ("hoà", "thuỷ"), so words are re-spelled in that style before lookup. Loaded once per JVM.
 */
public final class ViDictionary {
    private static final Logger LOG = LoggerFactory.getLogger(ViDictionary.class);
    /** Where Debian and most Linux distributions install it. */
    public static final List<Path> STANDARD_PLACES = List.of(Path.of("/usr/share/hunspell/vi_VN.dic"),
            Path.of("/usr/share/myspell/dicts/vi_VN.dic"), Path.of("/usr/share/myspell/vi_VN.dic"));
    private static final Map<Path, ViDictionary> LOADED = new ConcurrentHashMap<>();
    private static volatile boolean missingReported;

    private final Dictionary dictionary;
    /** Hunspell instances are cheap views of the shared dictionary; one per thread keeps them unshared. */
    private final ThreadLocal<Hunspell> spellers;

    private ViDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.spellers = ThreadLocal.withInitial(() -> new Hunspell(this.dictionary));
    }

    /**
     * The dictionary at {@code dic} (its .aff beside it), or the first one installed in a standard
     * place when {@code dic} is null; empty, logged once, when there is none.
     */
    public static Optional<ViDictionary> find(Path dic) {
        List<Path> candidates = dic != null ? List.of(dic) : STANDARD_PLACES;
        for (Path p : candidates) {
            Path aff = p.resolveSibling(p.getFileName().toString().replaceFirst("\\.dic$", ".aff"));
            if (Files.isRegularFile(p) && Files.isRegularFile(aff)) {
                return Optional.of(LOADED.computeIfAbsent(p, k -> load(k, aff)));
            }
        }
        if (!missingReported) {
            missingReported = true;
            LOG.warn("vi.spelling skipped: no Vietnamese Hunspell dictionary at {} (install Debian's hunspell-vi or set "
                    + "vi.spelling.dictionary); the other vi.* checks still run", candidates);
        }
        return Optional.empty();
    }

    private static ViDictionary load(Path dic, Path aff) {
        long start = System.nanoTime();
        try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
            ViDictionary d = new ViDictionary(new Dictionary(new ByteBuffersDirectory(), "vi", affix, words));
            LOG.debug("Vietnamese dictionary {} loaded in {} ms", dic, (System.nanoTime() - start) / 1_000_000);
            return d;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dic, e);
        } catch (ParseException e) {
            throw new IllegalStateException("malformed Hunspell dictionary " + dic + ": " + e.getMessage(), e);
        }
    }

    /** True when {@code word} (any tone style, any case) is in the dictionary. */
    public boolean knows(String word) {
        return spellers.get().spell(ToneStyle.MAIN_VOWEL.respell(java.text.Normalizer.normalize(word,
                java.text.Normalizer.Form.NFC)));
    }

    /** Suggestions in the tone style {@code word} is written in, best first. */
    public List<String> suggest(String word) {
        ToneStyle style = ToneStyle.of(word);
        List<String> raw = spellers.get().suggest(ToneStyle.MAIN_VOWEL.respell(word));
        return raw.stream().map(s -> style == ToneStyle.FIRST_VOWEL ? restyle(s) : s).limit(5).toList();
    }

    private static String restyle(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String part : phrase.split("(?<= )|(?= )")) {
            out.append(ToneStyle.FIRST_VOWEL.respell(part));
        }
        return out.toString();
    }
}
