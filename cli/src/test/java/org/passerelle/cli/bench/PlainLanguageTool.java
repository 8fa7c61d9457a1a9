package org.passerelle.cli.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.languagetool.JLanguageTool;
import org.languagetool.Languages;
import org.passerelle.qa.XliffFiles;
import org.passerelle.xliff.SegmentPair;
import org.passerelle.xliff.TranslationUnit;
import org.passerelle.xliff.XliffReader;

/**
 * The baseline of {@code ./bench feedback}: plain LanguageTool, one JLanguageTool per language on
 * its own thread, checking the texts a QA of the same files gives it (each distinct French source
 * and English target once). Run as a whole process, it is what a QA cannot beat.
 */
public final class PlainLanguageTool {
    private PlainLanguageTool() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> french = new LinkedHashSet<>();
        Set<String> english = new LinkedHashSet<>();
        String englishCode = "en-GB";
        XliffReader reader = new XliffReader();
        for (Path file : XliffFiles.expand(List.of(Path.of(args[0])))) {
            List<TranslationUnit> units = new ArrayList<>();
            reader.read(file, file.toString(), units::add);
            for (TranslationUnit u : units) {
                for (SegmentPair s : u.segments()) {
                    french.add(s.source());
                    if (u.targetLanguage() != null && u.targetLanguage().startsWith("en") && s.hasTarget()
                            && !s.target().isBlank()) {
                        english.add(s.target());
                    }
                }
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<Integer> fr = pool.submit(() -> check("fr", french));
        Future<Integer> en = pool.submit(() -> check(englishCode, english));
        System.out.println("plain LanguageTool: " + french.size() + " French, " + english.size() + " English texts, "
                + (fr.get() + en.get()) + " matches");
        pool.shutdown();
    }

    private static int check(String code, Set<String> texts) throws Exception {
        JLanguageTool lt = new JLanguageTool(Languages.getLanguageForShortCode(code));
        int matches = 0;
        for (String text : texts) {
            matches += lt.check(text).size();
        }
        return matches;
    }
}
