import java.io.File;
import java.lang.reflect.Proxy;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.IProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;

/**
 * Prints what OmegaT 3.6's own glossary readers read from a file, one entry a line: source, tab,
 * target, tab, comment. Run by OmegatGlossaryTest with the single-file launcher and OmegaT's jar on
 * the class path; its TBX reader needs a project for the languages, which a proxy stands in for.
 */
public class OmegatGlossaryDump {
    public static void main(String[] args) throws Exception {
        File file = new File(args[0]);
        List<GlossaryEntry> entries;
        if (file.getName().endsWith(".tbx")) {
            ProjectProperties props = new ProjectProperties(file.getAbsoluteFile().getParentFile());
            props.setSourceLanguage(args[1]);
            props.setTargetLanguage(args[2]);
            Core.setProject((IProject) Proxy.newProxyInstance(
                    OmegatGlossaryDump.class.getClassLoader(), new Class<?>[] {IProject.class},
                    (proxy, method, a) -> method.getName().equals("getProjectProperties") ? props : null));
            entries = GlossaryReaderTBX.read(file, false);
        } else {
            entries = GlossaryReaderTSV.read(file, false);
        }
        for (GlossaryEntry e : entries) {
            System.out.println(e.getSrcText() + "\t" + e.getLocText() + "\t" + e.getCommentText());
        }
    }
}
