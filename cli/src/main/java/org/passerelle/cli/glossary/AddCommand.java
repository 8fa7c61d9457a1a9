package org.passerelle.cli.glossary;

import java.io.IOException;
import java.util.List;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.edit.ConceptAddition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a concept, or terms to an existing concept.",
            "Without --status, a new concept's terms are preferred and terms added to an existing concept admitted;"
                    + " LANG:STATUS=TEXT sets one term's status. Refused, with the file unchanged, when the termbase"
                    + " would become invalid."})
final class AddCommand extends PasserelleCommand {
    @Mixin
    TermbaseToEdit termbase;

    @Option(names = "--term", required = true, paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
            description = "A term to add, repeatable; e.g. en=East Sea, or with its status: "
                    + "en:deprecated=South China Sea.")
    List<TermArgument> terms;

    @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
            description = "Status of the terms that do not give one: " + StatusConverter.CHOICES + ".")
    TermStatus status;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Term type of the added terms: fullForm, acronym, abbreviation, shortForm, variant or phrase.")
    TermTypeOption type;

    @Option(names = "--concept", paramLabel = "ID",
            description = "Add the terms to this concept; a new concept gets this id (default: the next free cN).")
    String conceptId;

    @Mixin
    ConceptFieldOptions fields;

    /** The TBX-Basic termType picklist, so that a typo is a usage error rather than an invalid file. */
    enum TermTypeOption { fullForm, acronym, abbreviation, shortForm, variant, phrase }

    @Override
    public Integer call() throws InputException, IOException {
        ConceptAddition addition = new ConceptAddition(conceptId,
                terms.stream().map(t -> new ConceptAddition.NewTerm(t.lang(), t.text(), t.status(), null)).toList(),
                status, type == null ? null : type.name(), fields.fields());
        EditedTermbase edited = termbase.open();
        edited.editor().add(addition);
        out().println(edited.report(describe(addition)));
        return 0;
    }

    /** "added concept c107: fr 'X' (preferred), en 'Y' (preferred); note set". */
    private String describe(ConceptAddition addition) {
        StringBuilder sb = new StringBuilder(addition.created() ? "added concept " : "added to concept ")
                .append(addition.concept().id()).append(": ");
        List<Term> added = addition.newTerms();
        for (int i = 0; i < added.size(); i++) {
            Term t = added.get(i);
            sb.append(i == 0 ? "" : ", ").append(t.language()).append(" '").append(t.text()).append("' (")
                    .append(t.status().id()).append(')');
        }
        String changedFields = fields.describe();
        return changedFields.isEmpty() ? sb.toString() : sb.append("; ").append(changedFields).toString();
    }
}
