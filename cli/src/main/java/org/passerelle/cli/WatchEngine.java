package org.passerelle.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.passerelle.core.InputException;
import org.passerelle.qa.QaEngine;
import org.passerelle.qa.ReportListener;
import org.passerelle.qa.gate.GateRun;
import org.passerelle.qa.remote.RemoteQa;

/**
 * Where a {@code qa --watch} session checks: in the running service while it accepts the files
 * (its LanguageTool is warm already), else in an engine of this process kept for the session. A
 * service that refuses (a file outside its roots) or breaks off is said once, and not asked again.
 */
final class WatchEngine {
    private final GateRun gate;
    private final Consumer<String> warnings;
    private RemoteQa service;
    private QaEngine here;

    WatchEngine(GateRun gate, Optional<RemoteQa> service, Consumer<String> warnings) {
        this.gate = gate;
        this.service = service.orElse(null);
        this.warnings = warnings;
    }

    /** Checks the files; afterwards {@link #service()} says where. */
    void run(List<Path> files, List<ReportListener> listeners) throws InputException {
        if (service != null) {
            try {
                gate.runIn(service, files, listeners, null, warnings);
                return;
            } catch (RemoteQa.RemoteException e) {
                warnings.accept(GateRun.fallingBack(service, e));
                service = null;
            }
        }
        here().run(files, listeners);
    }

    /** The service the last check ran in, or null for this process. */
    URI service() {
        return service == null ? null : service.url();
    }

    /** Starts LanguageTool here for these languages, so the first save is answered at once; a service has its own. */
    void warmUp(Collection<String> languageTags) {
        if (service == null) {
            here().warmUp(languageTags);
        }
    }

    private QaEngine here() {
        if (here == null) {
            here = gate.engine(null);
        }
        return here;
    }
}
