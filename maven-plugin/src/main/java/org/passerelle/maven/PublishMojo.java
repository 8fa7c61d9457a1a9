package org.passerelle.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.passerelle.core.InputException;
import org.passerelle.qa.gate.FileErrors;
import org.passerelle.qa.gate.GateSummary;
import org.passerelle.xliff.ArticlePublisher;
import org.passerelle.xliff.PublishFormat;
import org.passerelle.xliff.UntranslatedException;

/**
 * Builds the translated articles, {@code outputDirectory/<lang>/<article>.<ext>}, like
 * {@code passerelle publish}: a file with QA errors is refused (unless {@code skipQaGate}), so is
 * a file with untranslated units (unless {@code allowUntranslated}); the build fails when any was refused.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractQaMojo {

    @Parameter(property = "passerelle.publishDirectory", defaultValue = "${project.build.directory}/articles")
    File outputDirectory;

    /** Article formats, comma-separated: any of html, md, txt, docx. */
    @Parameter(property = "passerelle.publishFormats", defaultValue = "html")
    String formats;

    /** Publish units without a translation in the source language instead of refusing the file. */
    @Parameter(property = "passerelle.allowUntranslated", defaultValue = "false")
    boolean allowUntranslated;

    /** Publish even when the QA finds errors. */
    @Parameter(property = "passerelle.skipQaGate", defaultValue = "false")
    boolean skipQaGate;

    public PublishMojo() {
        super("publish");
    }

    @Override
    void run() throws MojoExecutionException, MojoFailureException, InputException {
        Set<PublishFormat> publishFormats = parseFormats(formats);
        List<Path> inputs = inputs();
        if (inputs.isEmpty()) {
            return;
        }
        GateSummary gate = skipQaGate ? new GateSummary() : check(inputs, List.of());
        gate.requireReadable();
        Path out = DisplayPath.of(outputDirectory.toPath());
        ArticlePublisher publisher = new ArticlePublisher();
        List<String> refused = new ArrayList<>();
        for (Path file : inputs) {
            FileErrors errors = gate.errorsIn(file);
            if (!errors.isEmpty()) {
                errors.errors().forEach(f -> getLog().error(MavenLogReport.line(f)));
                getLog().error("refused " + file + ": " + errors.counts() + " (set skipQaGate to publish anyway)");
                refused.add(file.toString());
                continue;
            }
            try {
                for (Path written : publisher.publish(file, out, publishFormats, allowUntranslated)) {
                    getLog().info(file + " -> " + written);
                }
            } catch (UntranslatedException e) {
                getLog().error("refused " + e.getMessage() + " (set allowUntranslated to publish anyway)");
                refused.add(file.toString());
            } catch (IOException e) {
                throw new MojoExecutionException("cannot write " + out + ": " + e.getMessage(), e);
            }
        }
        if (!refused.isEmpty()) {
            throw new MojoFailureException("Passerelle publish: refused " + refused.size() + " of " + inputs.size()
                    + " file(s): " + String.join(", ", refused));
        }
        getLog().info("Passerelle publish: " + inputs.size() + " file(s) published into " + out);
    }

    private static Set<PublishFormat> parseFormats(String value) throws MojoExecutionException {
        Set<PublishFormat> result = EnumSet.noneOf(PublishFormat.class);
        for (String f : value.split(",")) {
            if (f.isBlank()) {
                continue;
            }
            try {
                result.add(PublishFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new MojoExecutionException("formats: '" + f.trim() + "' is not one of html, md, txt, docx", e);
            }
        }
        if (result.isEmpty()) {
            throw new MojoExecutionException("formats: name at least one of html, md, txt, docx");
        }
        return result;
    }
}
