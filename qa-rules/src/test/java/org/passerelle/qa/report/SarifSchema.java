package org.passerelle.qa.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The official OASIS SARIF 2.1.0 schema (errata 01, draft-04), committed in test resources. */
final class SarifSchema {
    private static final JsonSchema SCHEMA = load();

    private SarifSchema() {
    }

    static Set<ValidationMessage> validate(JsonNode sarif) {
        return SCHEMA.validate(sarif);
    }

    private static JsonSchema load() {
        try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
