package org.passerelle.cli.glossary;

import java.io.IOException;
import java.util.List;
import org.passerelle.cli.PasserelleCommand;
import org.passerelle.core.InputException;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;
import org.passerelle.glossary.edit.ConceptAddition;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add a concept, or terms to an existing concept.",
            "--status, --type and --pos describe the --term they follow. Without a status, a new concept's"
                    + " terms are preferred and terms added to an existing concept admitted. A term another concept"
                    + " already has with the same language and status is refused (a second copy of that concept),"
                    + " unless --allow-duplicate. Refused, with the file unchanged, when the termbase would become invalid."})
final class AddCommand extends PasserelleCommand {
    @Mixin
    TermbaseToEdit termbase;

    @ArgGroup(exclusive = false, multiplicity = "1..*")
    List<NewTermOptions> terms;

    @Option(names = "--concept", paramLabel = "ID",
            description = "Add the terms to this concept; a new concept gets this id (default: the next free cN).")
    String conceptId;

    @Option(names = "--allow-duplicate",
            description = "Add a term even when another concept has it with the same language and status (a homonym).")
    boolean allowDuplicate;

    @Mixin
    ConceptFieldOptions fields;

    /** One --term and the options that describe it, in the order typed. */
    static final class NewTermOptions {
        @Option(names = "--term", required = true, paramLabel = "LANG=TEXT", converter = TermArgument.Converter.class,
                description = "A term to add, repeatable; e.g. en=East Sea, or with its status: "
                        + "en:deprecated=South China Sea.")
        TermArgument term;

        @Option(names = "--status", paramLabel = "STATUS", converter = StatusConverter.class,
                description = "Status of the term before it: " + StatusConverter.CHOICES + ".")
        TermStatus status;

        @Option(names = "--type", paramLabel = "TYPE",
                description = "Term type of the term before it: fullForm, acronym, abbreviation, shortForm, variant or phrase.")
        TermTypeOption type;

        @Option(names = "--pos", paramLabel = "POS",
                description = "Part of speech of the term before it: noun, verb, adjective, adverb or other.")
        PartOfSpeechOption pos;

        ConceptAddition.NewTerm toNewTerm(CommandSpec spec) {
            if (status != null && term.status() != null && status != term.status()) {
                throw new ParameterException(spec.commandLine(), "--term " + term.lang() + ":" + term.status().id()
                        + "=" + term.text() + " --status " + status.id() + ": two statuses for one term");
            }
            return new ConceptAddition.NewTerm(term.lang(), term.text(), status != null ? status : term.status(),
                    type == null ? null : type.name(), pos == null ? null : pos.name());
        }
    }

    /** The TBX-Basic termType picklist, so that a typo is a usage error rather than an invalid file. */
    enum TermTypeOption { fullForm, acronym, abbreviation, shortForm, variant, phrase }

    /** The TBX-Basic partOfSpeech picklist. */
    enum PartOfSpeechOption { noun, verb, adjective, adverb, other }

    @Override
    public Integer call() throws InputException, IOException {
        ConceptAddition addition = new ConceptAddition(conceptId,
                terms.stream().map(t -> t.toNewTerm(spec)).toList(), fields.fields(), allowDuplicate);
        EditedTermbase edited = termbase.open();
        edited.editor().add(addition);
        out().println(edited.report(describe(addition)));
        edited.printWarnings(spec.commandLine().getErr());
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
