package org.passerelle.xliff;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.BiConsumer;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.filterwriter.IFilterWriter;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.xliff.XLIFFFilter;

/**
 * Translates one of our fr-FR → en-GB XLIFF 1.2 files in place the way a CAT tool built on Okapi
 * does: Okapi's own filter reads it, the edit changes the text units, Okapi's filter writer writes
 * it back, so the file is what a real tool produces, not our writer's idea of it.
 */
final class OkapiTranslator {
    static final LocaleId EN = LocaleId.fromBCP47("en-GB");

    private OkapiTranslator() {
    }

    static void translate(Path file, BiConsumer<ITextUnit, LocaleId> edit) throws Exception {
        Path edited = file.resolveSibling("edited.xlf");
        try (RawDocument raw = new RawDocument(file.toUri(), "UTF-8", LocaleId.fromBCP47("fr-FR"), EN);
             XLIFFFilter filter = new XLIFFFilter();
             IFilterWriter writer = filter.createFilterWriter();
             OutputStream os = Files.newOutputStream(edited)) {
            filter.open(raw);
            writer.setOptions(EN, "UTF-8");
            writer.setOutput(os);
            while (filter.hasNext()) {
                Event event = filter.next();
                if (event.isTextUnit()) {
                    edit.accept(event.getTextUnit(), EN);
                }
                writer.handleEvent(event);
            }
        }
        Files.move(edited, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
