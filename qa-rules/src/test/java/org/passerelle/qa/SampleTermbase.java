package org.passerelle.qa;

import java.nio.file.Path;
import org.passerelle.glossary.TbxReader;
import org.passerelle.glossary.Termbase;

/** The sample termbase of the repository (samples/termbase.tbx, copied into the test resources), read once. */
public final class SampleTermbase {
    private static volatile CheckContext context;

    private SampleTermbase() {
    }

    /** A context with the default profile, the sample termbase and LanguageTool. */
    public static CheckContext context() {
        CheckContext c = context;
        if (c == null) {
            synchronized (SampleTermbase.class) {
                c = context;
                if (c == null) {
                    context = c = Termbases.context(read());
                }
            }
        }
        return c;
    }

    private static Termbase read() {
        try {
            return new TbxReader().read(Path.of(SampleTermbase.class.getResource("accuracy/termbase.tbx").toURI()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
