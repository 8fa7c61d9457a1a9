package org.passerelle.qa.remote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.passerelle.qa.Finding;
import org.passerelle.qa.Severity;
import org.passerelle.qa.Side;

/** A finding as the checking service sends it: the fields of the JSON report, side and severity in lower case. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WireFinding(String file, String unit, String segment, String side, String lang, String check,
                          String severity, String message, int offset, int length, List<String> suggestions,
                          String suppressed) {

    public static WireFinding of(Finding f) {
        return new WireFinding(f.file(), f.unit(), f.segment(), f.side().name().toLowerCase(Locale.ROOT), f.lang(),
                f.check(), f.severity().name().toLowerCase(Locale.ROOT), f.message(), f.offset(), f.length(),
                f.suggestions(), f.suppressed());
    }

    public Finding finding() {
        return finding(file);
    }

    /** The finding, in {@code clientFile} (the file as the client named it) rather than the service's path. */
    public Finding finding(String clientFile) {
        return new Finding(clientFile, unit, segment, Side.valueOf(side.toUpperCase(Locale.ROOT)), lang, check,
                Severity.valueOf(severity.toUpperCase(Locale.ROOT)), message, offset, length,
                suggestions == null ? List.of() : suggestions, suppressed);
    }
}
