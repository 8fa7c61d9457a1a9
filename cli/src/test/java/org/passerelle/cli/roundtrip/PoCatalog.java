package org.passerelle.cli.roundtrip;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A translator's edit of the PO file Translate Toolkit's {@code xliff2po} wrote: the empty
 * {@code msgstr ""} of each entry whose {@code msgid} has a translation is filled in, every other
 * line of the tool's output is left as it wrote it.
 */
final class PoCatalog {

    private PoCatalog() {
    }

    /** Fills the entries whose source is a key of {@code translations}; returns how many. */
    static int translate(Path po, Map<String, String> translations) throws IOException {
        List<String> out = new ArrayList<>();
        StringBuilder msgid = null;
        int filled = 0;
        for (String line : Files.readAllLines(po, StandardCharsets.UTF_8)) {
            if (line.startsWith("msgid \"")) {
                msgid = new StringBuilder(unquote(line.substring("msgid ".length())));
            } else if (msgid != null && line.startsWith("\"")) {
                msgid.append(unquote(line));
            } else if (msgid != null && line.equals("msgstr \"\"") && translations.containsKey(msgid.toString())) {
                line = "msgstr " + quote(translations.get(msgid.toString()));
                filled++;
                msgid = null;
            } else {
                msgid = null;
            }
            out.add(line);
        }
        Files.write(po, out, StandardCharsets.UTF_8);
        return filled;
    }

    private static String unquote(String quoted) {
        String s = quoted.substring(1, quoted.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                sb.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + "\"";
    }
}
