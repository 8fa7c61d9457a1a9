package org.passerelle.xliff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

/** The bundled sample translations (../samples/translations) published as one edition, for the publishing tests. */
final class SampleEdition {

    static final String CLEAN = "000_78e9962cff1393cc";
    static final String FAULTY = "003_29974663294a4e55";

    private SampleEdition() {
    }

    static Path translation(String id, String lang) {
        return Seeds.dir().resolveSibling("translations").resolve(id + "." + lang + ".xlf");
    }

    /** Copies of the samples in {@code dir}, so that a test can change them. */
    static Path copy(Path dir, String id, String lang) throws Exception {
        Files.createDirectories(dir);
        return Files.copy(translation(id, lang), dir.resolve(id + "." + lang + ".xlf"));
    }

    /** 000 in en and vi published, 003 en refused as the gate would, into {@code out}. */
    static Edition.Written publish(Path out, PublishOptions options) throws Exception {
        Edition edition = new Edition(options);
        for (String lang : List.of("en", "vi")) {
            edition.add(translation(CLEAN, lang));
        }
        edition.refuse(translation(FAULTY, "en"), "en-GB", "4 QA error(s) (term.forbidden 1 …)\n   first: body-12bb8656: …");
        return edition.write();
    }

    static Edition.Written publish(Path out) throws Exception {
        return publish(out, PublishOptions.of(out, EnumSet.allOf(PublishFormat.class), false));
    }
}
