package org.passerelle.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.passerelle.cli.serve.AllowedPaths;
import org.passerelle.cli.serve.CheckServer;
import org.passerelle.cli.serve.CheckService;
import org.passerelle.cli.serve.RequestException;
import org.passerelle.qa.QaCache;
import org.passerelle.qa.remote.Announcement;
import org.passerelle.qa.remote.UserCache;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run a local checking service that keeps the engine, termbase and LanguageTool warm.",
            "A JSON API over HTTP: GET /v1/health, GET /v1/version, POST /v1/check (source/target pairs),",
            "POST /v1/check-files (XLIFF under the --root directories). qa and publish use it when it runs."})
final class ServeCommand extends PasserelleCommand {
    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "HOST",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--port", defaultValue = "8089", paramLabel = "PORT",
            description = "Port (default: ${DEFAULT-VALUE}; 0 for any free port, printed at start).")
    int port;

    @Option(names = "--root", paramLabel = "DIR",
            description = "A directory the service may read XLIFF, termbases and profiles from and write reports to"
                    + " (repeatable; default: the current directory). Nothing outside is read.")
    List<Path> roots;

    @Option(names = "--termbase", paramLabel = "TBX", description = "Termbase for requests that name none.")
    Path termbase;

    @Option(names = "--profile", paramLabel = "FILE", description = "QA profile for requests that name none.")
    Path profile;

    @Option(names = "--suppressions", paramLabel = "FILE", description = "Suppressions for file checks that name none.")
    Path suppressions;

    @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}); larger ones get 413.")
    long maxBody;

    @Option(names = "--timeout", defaultValue = "60", paramLabel = "SECONDS",
            description = "Longest a request may wait and run (default: ${DEFAULT-VALUE}), counted from the end of the"
                    + " --warm-up if it came before; then it gets 503.")
    int timeout;

    @Option(names = "--warm-up", split = ",", defaultValue = "fr-FR,en-GB", paramLabel = "LANG",
            description = "Languages whose LanguageTool starts at once, in the background (default: ${DEFAULT-VALUE};"
                    + " 'none' for none).")
    List<String> warmUp;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535 || maxBody < 1 || timeout < 1) {
            throw usageError("--port must be 0-65535, --max-body and --timeout positive");
        }
        AllowedPaths allowed = new AllowedPaths(roots == null || roots.isEmpty() ? List.of(Path.of("")) : roots);
        CheckService service = new CheckService(allowed, new CheckService.Defaults(inside(allowed, termbase),
                inside(allowed, profile), inside(allowed, suppressions), null), QaCache.inMemory());
        if (!warmUp.contains("none")) {
            service.warmUp(warmUp);
        }
        try (CheckServer server = new CheckServer(service, host, port, maxBody, Duration.ofSeconds(timeout))) {
            int bound = server.start();
            String url = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound + "/";
            Path announcement = UserCache.serviceFile();
            Announcement.write(announcement, url);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> Announcement.remove(announcement, url)));
            out().println("passerelle serve: listening on " + url + " (roots: " + String.join(", ",
                    allowed.roots().stream().map(Path::toString).toList()) + "); Ctrl-C stops it");
            out().flush();
            server.join();
        }
        return ExitCode.CLEAN;
    }

    /** A default the service is started with must lie under its roots too: a usage error otherwise. */
    private Path inside(AllowedPaths allowed, Path file) {
        try {
            return file == null ? null : allowed.check(file);
        } catch (RequestException e) {
            throw usageError(e.getMessage());
        }
    }
}
