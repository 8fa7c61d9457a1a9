package org.passerelle.xliff;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.Article;
import org.passerelle.core.AtomicFile;
import org.passerelle.core.Block;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.core.Languages;
import org.passerelle.glossary.OmegatExport;
import org.passerelle.glossary.TbxWriter;
import org.passerelle.glossary.Termbase;

/**
 * Segments an article and writes one XLIFF file per target language with Okapi, termbase hits
 * attached to each unit. When the file exists, existing translations are merged in (never lost).
 * Create once per termbase and reuse; thread-safe.
 *
 * <p>Decisions: re-preparing an existing file keeps its XLIFF version, whatever version is asked
 * for (the translator's tool and project are set up for that file; the result says so); the source language is the article's, the target language the one given, each
 * written with the desk's region when given bare (fr-FR, en-GB, vi-VN, see {@link LanguageTags});
 * the file is named with the target language as given ({@code 001_x.en.xlf}). Boilerplate blocks
 * are left out. Unit ids: see {@link UnitIds}; restype {@code x-<role>} (1.2) or type
 * {@code passerelle:<role>} (2.x); resname/name {@code <role>-<n>}, n counting translatable blocks.
 */
public final class XliffPreparer {

    private final Termbase termbase;
    private final XliffVersion version;
    private final boolean copySource;
    private final Map<String, TermNotes> notesBySourceLanguage = new ConcurrentHashMap<>();
    private final XliffReader reader = new XliffReader();

    public XliffPreparer(Termbase termbase, XliffVersion version) {
        this(termbase, version, false);
    }

    private XliffPreparer(Termbase termbase, XliffVersion version, boolean copySource) {
        this.termbase = termbase;
        this.version = version == null ? XliffVersion.V1_2 : version;
        this.copySource = copySource;
    }

    /**
     * A preparer that writes the source as the target of every untranslated sentence (state
     * {@code needs-translation} marked by {@link SourceCopyMark}, 2.x {@code initial} with sub-state
     * {@code passerelle:source-copied}). OmegaT 3.6, the version Debian ships, only shows units that
     * already have a target.
     */
    public XliffPreparer withSourceCopiedToTargets(boolean copy) {
        return new XliffPreparer(termbase, version, copy);
    }

    /** The file {@link #prepare} writes for this article and language. */
    public static Path fileFor(Article article, String targetLanguage, Path outDir) {
        return outDir.resolve(article.id() + "." + targetLanguage.trim() + ".xlf");
    }

    /** Writes {@code outDir/<article id>.<lang>.xlf} atomically. */
    public PrepareResult prepare(Article article, String targetLanguage, Path outDir)
            throws IOException, InputException {
        String srcTag = LanguageTags.withRegion(article.language() == null ? "fr" : article.language());
        String trgTag = LanguageTags.withRegion(targetLanguage);
        Path file = fileFor(article, targetLanguage, outDir);
        List<TranslationUnit> previous = previousUnits(file, srcTag, trgTag);
        XliffVersion written = Files.exists(file) ? reader.header(file).version() : version;

        SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(srcTag);
        TermNotes terms = notesBySourceLanguage.computeIfAbsent(Languages.primary(srcTag),
                l -> TermNotes.of(termbase, l));
        UnitIds ids = new UnitIds(article.id());
        List<TranslationUnit> drafts = new ArrayList<>();
        int n = 0;
        for (Block b : article.translatableBlocks()) {
            String text = SourceText.clean(b.text());
            if (text.isEmpty()) {
                continue;
            }
            n++;
            TranslationUnit.Builder unit = TranslationUnit.builder().id(ids.next(b.role(), text))
                    .resname(b.role().id() + "-" + n).role(b.role()).languages(srcTag, trgTag)
                    .terms(terms.find(text, Languages.primary(trgTag), Languages.primary(srcTag)));
            int s = 0;
            for (String sentence : segmenter.split(text)) {
                unit.segment(String.valueOf(++s), sentence, null);
            }
            drafts.add(unit.build());
        }
        refuseForeignFile(file, previous, drafts);
        TranslationMerge.Outcome merged = TranslationMerge.merge(drafts, previous);

        String original = article.source() == null ? article.id() : article.source().getFileName().toString();
        ArticleXliff doc = new ArticleXliff(article.id(), original, srcTag, trgTag, merged.units(), copySource,
                OriginalArticle.of(article, original, merged.units()));
        AtomicFile.write(file, out -> {
            if (written == XliffVersion.V2) {
                Xliff2Writer.write(doc, out);
            } else {
                Xliff12Writer.write(doc, out);
            }
        });
        writeGlossary(merged.units(), srcTag, trgTag, glossaryFileFor(article, targetLanguage, outDir),
                omegatGlossaryFileFor(article, targetLanguage, outDir));
        int segments = merged.units().stream().mapToInt(u -> u.segments().size()).sum();
        int hits = merged.units().stream().mapToInt(u -> u.terms().size()).sum();
        return new PrepareResult(file, merged.units().size(), segments, hits, merged.kept(), merged.toReview(),
                merged.removed(), written, version);
    }

    /**
     * The termbase extract {@link #prepare} writes next to the XLIFF: {@code <article id>.<lang>.tbx},
     * the concepts found in the article with their source and target terms, which OmegaT and other
     * CAT tools load as a project glossary. Absent when no term occurs.
     */
    public static Path glossaryFileFor(Article article, String targetLanguage, Path outDir) {
        return outDir.resolve(article.id() + "." + targetLanguage.trim() + ".tbx");
    }

    /**
     * The same extract as OmegaT 3.6 loads it (it reads neither TBX v3 nor this project's sheets):
     * its tab-separated glossary, {@code <article id>.<lang>.glossary.txt}, to put in the project's
     * glossary folder. Absent when no term occurs.
     */
    public static Path omegatGlossaryFileFor(Article article, String targetLanguage, Path outDir) {
        return outDir.resolve(article.id() + "." + targetLanguage.trim() + ".glossary.txt");
    }

    private void writeGlossary(List<TranslationUnit> units, String srcTag, String trgTag, Path file, Path omegat)
            throws IOException {
        Set<String> ids = new LinkedHashSet<>();
        units.forEach(u -> u.terms().forEach(t -> ids.add(t.conceptId())));
        if (ids.isEmpty()) {
            Files.deleteIfExists(file);
            Files.deleteIfExists(omegat);
            return;
        }
        List<Concept> concepts = new ArrayList<>();
        for (String id : ids) {
            termbase.concept(id).ifPresent(c -> concepts.add(new Concept(c.id(), c.subjectField(), c.definition(), c.note(),
                    c.terms().stream().filter(t -> t.inLanguage(srcTag) || t.inLanguage(trgTag)).toList())));
        }
        Termbase extract = new Termbase(Languages.primary(srcTag), concepts);
        new TbxWriter().write(extract, file);
        new OmegatExport(extract, Languages.primary(srcTag), Languages.primary(trgTag)).writeTsv(omegat);
    }

    /**
     * Unit ids are derived from the article, so a previous file none of whose ids come back holds
     * another article's work (a renamed or misplaced file); merging would drop every translation in it.
     */
    private static void refuseForeignFile(Path file, List<TranslationUnit> previous, List<TranslationUnit> drafts)
            throws InputException {
        boolean translated = previous.stream().map(TranslationUnit::targetText)
                .anyMatch(t -> t != null && !t.isBlank());
        if (!translated) {
            return;
        }
        Set<String> ids = new HashSet<>();
        drafts.forEach(d -> ids.add(d.id()));
        if (previous.stream().noneMatch(u -> ids.contains(u.id()))) {
            throw new InputException(file, "none of the existing file's " + previous.size()
                    + " units belongs to this article (another article's file, or the article was rewritten);"
                    + " nothing was overwritten: move the file away or prepare into another directory");
        }
    }

    /** The units of the file from a previous run, checked to be about the same languages. */
    private List<TranslationUnit> previousUnits(Path file, String srcTag, String trgTag) throws InputException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<TranslationUnit> units = new ArrayList<>();
        reader.read(file, file.toString(), units::add);
        for (TranslationUnit u : units) {
            if (u.sourceLanguage() != null && !Languages.sameLanguage(u.sourceLanguage(), srcTag)) {
                throw new InputException(file, "the existing file's source language is " + u.sourceLanguage()
                        + ", the article's is " + srcTag + "; move the file away or prepare into another directory");
            }
            if (u.targetLanguage() != null && !Languages.sameLanguage(u.targetLanguage(), trgTag)) {
                throw new InputException(file, "the existing file's target language is " + u.targetLanguage()
                        + ", not " + trgTag);
            }
        }
        return units;
    }
}
