package org.passerelle.glossary.edit;

import java.nio.file.Path;
import java.util.List;
import org.passerelle.glossary.Term;
import org.passerelle.glossary.TermStatus;

/** A second process editing the same termbase: adds concepts "{prefix}0".."{prefix}n-1". */
public final class EditorProcess {
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        String prefix = args[1];
        int n = Integer.parseInt(args[2]);
        TermbaseEditor editor = new TermbaseEditor(file);
        for (int i = 0; i < n; i++) {
            editor.add(prefix + i, List.of(new Term(prefix + " terme " + i, "fr", TermStatus.PREFERRED, null),
                    new Term(prefix + " term " + i, "en", TermStatus.PREFERRED, null),
                    new Term(prefix + " thuật ngữ " + i, "vi", TermStatus.PREFERRED, null)));
        }
    }
}
