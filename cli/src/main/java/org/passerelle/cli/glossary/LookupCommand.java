package org.passerelle.cli.glossary;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.passerelle.cli.ExitCode;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Concept;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermHit;
import org.passerelle.glossary.TermLookup;
import org.passerelle.glossary.TermMatcher;
import org.passerelle.glossary.Termbase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Look up a term, inflected forms too, with its equivalents.",
            "Exact terms come first, then terms containing TEXT; when TEXT is a sentence that no term contains,"
                    + " the terms found in it are shown instead. Exit code 1 when nothing is found."})
final class LookupCommand extends PasserelleCommand {
    @Mixin
    TermbaseToRead termbase;

    @Parameters(index = "1", paramLabel = "TEXT", description = "A term (\"partenariats stratégiques\") or a sentence.")
    String text;

    @Option(names = "--lang", paramLabel = "LANG", converter = LanguageTag.class,
            description = "Language of TEXT (fr, en, vi); default: the termbase's source language.")
    String lang;

    @Override
    public Integer call() throws InputException {
        Termbase tb = termbase.read();
        String language = lang != null ? lang : tb.sourceLanguage();
        PrintWriter out = out();
        List<Concept> found = new TermLookup(tb, language).find(text);
        if (!found.isEmpty()) {
            for (Concept c : found) {
                ConceptLines.printWithHeader(out, c);
                warnIfForbidden(out, c, language);
            }
            return 0;
        }
        List<TermHit> hits = TermMatcher.of(tb, language).find(text);
        if (hits.isEmpty()) {
            // Like grep: a script can test the exit code; the line goes where errors go.
            spec.commandLine().getErr().println("passerelle: no " + language + " term of " + termbase.file + " in '" + text + "'");
            return ExitCode.FINDINGS;
        }
        for (TermHit hit : hits) {
            out.println("'" + hit.matchedText(text) + "' at " + hit.start() + ": " + ConceptLines.term(hit.term()));
            ConceptLines.printWithHeader(out, hit.concept());
        }
        return 0;
    }

    /** Someone looking up a forbidden term needs the replacement more than the list. */
    private void warnIfForbidden(PrintWriter out, Concept c, String language) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (Term t : c.forbidden(language)) {
            if (t.text().toLowerCase(Locale.ROOT).equals(wanted)) {
                out.println("    '" + t.text() + "' is " + t.status().id() + c.preferred(language)
                        .map(p -> ": use '" + p.text() + "'").orElse(""));
            }
        }
    }
}
