package org.passerelle.glossary;

import java.util.Map;
import org.glassfish.jaxb.runtime.marshaller.NamespacePrefixMapper;

/**
 * Tells JAXB to declare the namespaces the file's root declared, with their prefixes, on the root
 * again, so that the elements JAXB does not model (DCT-style {@code <min:subjectField>}) are written
 * as they were read instead of each carrying declarations of its own.
 */
final class RootNamespaces extends NamespacePrefixMapper {
    private final Map<String, String> byPrefix;

    RootNamespaces(Map<String, String> byPrefix) {
        this.byPrefix = byPrefix;
    }

    @Override
    public String getPreferredPrefix(String namespaceUri, String suggestion, boolean requirePrefix) {
        for (Map.Entry<String, String> e : byPrefix.entrySet()) {
            if (e.getValue().equals(namespaceUri)) {
                return e.getKey();
            }
        }
        return suggestion;
    }

    @Override
    public String[] getPreDeclaredNamespaceUris2() {
        String[] pairs = new String[byPrefix.size() * 2];
        int i = 0;
        for (Map.Entry<String, String> e : byPrefix.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return pairs;
    }
}
