package org.passerelle.qa.gate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.passerelle.qa.QaSummary;
import org.passerelle.qa.Severity;
import org.passerelle.qa.report.ReportSettings;

/** The gate threshold: the command line's {@code --fail-on} and the Maven plugin's {@code failOn}. */
public enum FailOn {
    ERROR(Severity.ERROR), WARNING(Severity.WARNING), INFO(Severity.INFO), NEVER(null);

    private final Severity threshold;

    FailOn(Severity threshold) {
        this.threshold = threshold;
    }

    /** True when findings at or above this level remain. */
    public boolean failsAt(QaSummary summary) {
        return summary.failsAt(threshold);
    }

    /** What the reports need to know of this threshold (a JUnit test case fails as the gate does). */
    public ReportSettings reportSettings() {
        return new ReportSettings(Optional.ofNullable(threshold));
    }

    /** The level named {@code error}, {@code warning}, {@code info} or {@code never}, in any case. */
    public static FailOn parse(String name) {
        String wanted = name.trim();
        return Arrays.stream(values()).filter(f -> f.toString().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> new UnknownNameException(wanted, names()));
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(FailOn::toString).toList();
    }

    /** The name users type. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
