package org.passerelle.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a check is and how to build it: the one place its id, description, category, default
 * severities and parameters are written. The default profile, the README's check table and the
 * rule lists of reports come from definitions. Each check class keeps its own as a constant:
 *
 * <pre>
 * public static final CheckDefinition DEFINITION = CheckDefinition.of("whitespace", IssueType.WHITESPACE,
 *         Severity.WARNING, "Doubled spaces; leading or trailing whitespace that differs from the source",
 *         s -> new WhitespaceCheck());
 * </pre>
 *
 * @param description    what the check finds, one line
 * @param sourceSeverity the default severity of findings on the source, when it is not {@code severity}
 * @param languages      the languages the check can find anything in ({@link LanguageScope#ALL} for most)
 * @param factory        builds the check from its validated profile settings
 */
public record CheckDefinition(String id, String description, IssueType category, Severity severity,
                              Optional<Severity> sourceSeverity, List<Parameter> parameters, LanguageScope languages,
                              Function<CheckSettings, Check> factory) {
    /** Settings every check has, whatever its parameters. */
    public static final List<String> COMMON_SETTINGS = List.of("enabled", "severity", "source-severity");
    private static final List<String> SEVERITIES = List.of("error", "warning", "info");

    public CheckDefinition {
        parameters = List.copyOf(parameters);
        for (Parameter p : parameters) {
            if (COMMON_SETTINGS.contains(p.name())) {
                throw new IllegalArgumentException(id + ": " + p.name() + " is a setting of every check");
            }
        }
    }

    public static CheckDefinition of(String id, IssueType category, Severity severity, String description,
                                     Function<CheckSettings, Check> factory) {
        return new CheckDefinition(id, description, category, severity, Optional.empty(), List.of(), LanguageScope.ALL,
                factory);
    }

    /** The same check with findings on the source reported at {@code source} by default. */
    public CheckDefinition sourceSeverity(Severity source) {
        return new CheckDefinition(id, description, category, severity, Optional.of(source), parameters, languages,
                factory);
    }

    /** The same check, stated to find something only in {@code scope}'s languages. */
    public CheckDefinition languages(LanguageScope scope) {
        return new CheckDefinition(id, description, category, severity, sourceSeverity, parameters, scope, factory);
    }

    public CheckDefinition parameter(Parameter parameter) {
        List<Parameter> more = new ArrayList<>(parameters);
        more.add(parameter);
        return new CheckDefinition(id, description, category, severity, sourceSeverity, more, languages, factory);
    }

    /** Every setting the profile accepts for this check, with its type and default, common ones first. */
    public List<Parameter> settings() {
        List<Parameter> all = new ArrayList<>();
        all.add(Parameter.bool("enabled", true, "run this check"));
        all.add(Parameter.oneOf("severity", SEVERITIES, severity.id(), "severity of findings in the translation"));
        all.add(Parameter.oneOf("source-severity", SEVERITIES, sourceSeverity.orElse(severity).id(),
                "severity of findings in the source"));
        all.addAll(parameters);
        return all;
    }

    public Optional<Parameter> setting(String name) {
        return settings().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
