package org.passerelle.lang.languagetool;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryMetadata;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.rules.spelling.morfologik.MorfologikMultiSpeller;
import org.passerelle.core.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The spelling dictionaries LanguageTool compiles from its word lists, compiled once, at build time.
 *
 * <p>At a language's first spelling check LanguageTool turns its plain word lists (French: 454 KB of
 * {@code spelling.txt}) into a compressed automaton: about a third of the CPU of a first {@code qa} of
 * one article, and on its critical path. The build lets LanguageTool compile them as usual and records
 * what it compiled ({@link #main}); a run hands the recorded automata to LanguageTool's cache before the
 * spelling rule asks for them ({@link #preload}), so LanguageTool finds them there and compiles nothing.
 *
 * <p>LanguageTool keeps that cache in a private static map of {@link MorfologikMultiSpeller}, keyed by
 * the lists' paths, so both ends reach it by reflection, and the keys are LanguageTool's own (read from
 * the map after it filled it, never rebuilt by us). A recording is used only by the LanguageTool version
 * that made it. When the map is not there, or anything else fails, nothing is lost but the time:
 * LanguageTool compiles the lists itself, as it would without us.
 */
public final class SpellingDictionaries {
    static final String RESOURCES = "org/passerelle/lang/languagetool/dictionaries/";
    private static final Logger LOG = LoggerFactory.getLogger(SpellingDictionaries.class);
    private static final String HEADER = "# LanguageTool " + JLanguageTool.VERSION;
    private static final Recording RECORDED = name ->
            SpellingDictionaries.class.getClassLoader().getResourceAsStream(RESOURCES + name);
    private static boolean preloaded;

    private SpellingDictionaries() {
    }

    /**
     * Build time: {@code <classes dir> <LanguageTool code>...}; records each language's compiled
     * dictionaries into the classes directory, where the jar picks them up.
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]).resolve(RESOURCES);
        for (int i = 1; i < args.length; i++) {
            // Recording costs seconds per language: an incremental build keeps this version's recording.
            List<String> recorded = index(Recording.in(dir), args[i]);
            if (!recorded.isEmpty() && recorded.get(0).equals(HEADER)) {
                continue;
            }
            Language language = Languages.getLanguageForShortCode(args[i]);
            int count = record(language.getShortCodeWithCountryAndVariant(), language.getDefaultSpellingRule(), dir);
            System.out.println("spelling dictionaries of " + args[i] + ": " + count + " recorded");
        }
    }

    /**
     * Lets the spelling rule compile its dictionaries, then writes each one new in LanguageTool's
     * cache into {@code dir}, indexed in {@code <code>.tsv}.
     */
    static int record(String code, SpellingCheckRule spelling, Path dir) throws IOException {
        Map<String, Dictionary> cache = cache().orElseThrow(() -> new IOException(
                "LanguageTool " + JLanguageTool.VERSION + " keeps no spelling dictionary cache where expected"));
        Set<String> before = Set.copyOf(cache.keySet());
        if (spelling != null) {
            spelling.isMisspelled("passerelle");
        }
        List<String> index = new ArrayList<>(List.of(HEADER));
        for (Map.Entry<String, Dictionary> e : cache.entrySet()) {
            if (!before.contains(e.getKey())) {
                String name = code + "-" + index.size();
                FSA fsa = e.getValue().fsa;
                AtomicFile.write(dir.resolve(name + ".dict"), out -> new CFSA2Serializer().serialize(fsa, out));
                AtomicFile.write(dir.resolve(name + ".info"), out -> writeMetadata(e.getValue().metadata, out));
                index.add(name + "\t" + e.getKey());
            }
        }
        AtomicFile.writeString(dir.resolve(code + ".tsv"), String.join("\n", index) + "\n");
        return index.size() - 1;
    }

    /**
     * Hands LanguageTool every dictionary the build recorded, for each of its languages on the class
     * path, once per JVM. Call before any spelling rule is first used: LanguageTool's cache is a plain
     * map, so filling it all at once, before its own threads write to it, keeps the two from racing.
     *
     * @return how many were handed over (0 when there is no recording, or it is of another version)
     */
    public static synchronized int preload() {
        if (preloaded) {
            return 0;
        }
        preloaded = true;
        Optional<Map<String, Dictionary>> cache = cache();
        if (cache.isEmpty()) {
            return 0;
        }
        long start = System.nanoTime();
        int loaded = 0;
        for (Language language : Languages.get()) {
            loaded += preload(language.getShortCodeWithCountryAndVariant(), cache.get());
        }
        LOG.debug("{} spelling dictionaries recorded at build time handed to LanguageTool in {} ms", loaded,
                (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    private static int preload(String code, Map<String, Dictionary> cache) {
        try {
            return load(index(RECORDED, code), RECORDED, cache);
        } catch (IOException | RuntimeException e) {
            // A damaged recording costs only the time: LanguageTool compiles the lists as usual.
            LOG.debug("spelling dictionaries of {} not preloaded: {}", code, e.toString());
            return 0;
        }
    }

    /** The lines of a language's recorded index (version, then name and cache key), none when there is no recording. */
    static List<String> index(Recording recording, String code) throws IOException {
        try (InputStream in = recording.open(code + ".tsv")) {
            return in == null ? List.of() : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Puts each dictionary of the index that the cache lacks into it; none when the index is of another version. */
    static int load(List<String> index, Recording recording, Map<String, Dictionary> cache) throws IOException {
        if (index.isEmpty() || !index.get(0).equals(HEADER)) {
            return 0;
        }
        int loaded = 0;
        for (String line : index.subList(1, index.size())) {
            String[] row = line.split("\t", 2);
            if (row.length == 2 && !cache.containsKey(row[1])) {
                cache.put(row[1], read(recording, row[0]));
                loaded++;
            }
        }
        return loaded;
    }

    static Dictionary read(Recording recording, String name) throws IOException {
        try (InputStream fsa = recording.open(name + ".dict"); InputStream info = recording.open(name + ".info")) {
            if (fsa == null || info == null) {
                throw new IOException("recorded dictionary " + name + " is missing");
            }
            return new Dictionary(FSA.read(fsa), DictionaryMetadata.read(info));
        }
    }

    /** Where recorded files are read from: the class path, or a directory (the build's, a test's). */
    interface Recording {
        /** @return the file's content, null when there is none */
        InputStream open(String name) throws IOException;

        static Recording in(Path dir) {
            return name -> Files.exists(dir.resolve(name)) ? Files.newInputStream(dir.resolve(name)) : null;
        }
    }

    @SuppressWarnings("unchecked")
    static Optional<Map<String, Dictionary>> cache() {
        try {
            Field field = MorfologikMultiSpeller.class.getDeclaredField("dicPathToDict");
            field.setAccessible(true);
            return Optional.of((Map<String, Dictionary>) field.get(null));
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.debug("LanguageTool's spelling dictionary cache is not reachable: {}", e.toString());
            return Optional.empty();
        }
    }

    private static void writeMetadata(DictionaryMetadata metadata, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        metadata.write(writer);
        writer.flush();
    }
}
