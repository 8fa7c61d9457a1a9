package org.passerelle.glossary;

import java.nio.file.Path;
import java.util.List;

/** {@link OfficialTbxSchemas} for the tests of other packages. */
public final class OfficialTbxSchemasAccess {
    private OfficialTbxSchemasAccess() {
    }

    public static List<String> errors(Path file, String style) throws Exception {
        return OfficialTbxSchemas.errors(file, style);
    }
}
