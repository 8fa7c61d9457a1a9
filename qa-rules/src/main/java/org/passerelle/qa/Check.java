package org.passerelle.qa;

import java.util.List;
import org.passerelle.xliff.TranslationUnit;

/**
 * One QA rule applied to one translation unit at a time (LanguageTool's Rule, for XLIFF units).
 * Implementations are immutable or thread-safe: the engine calls them from several threads at once.
 */
public interface Check {

    /** The check id ("term.forbidden"), also the profile key prefix. */
    String id();

    /** Problems in {@code unit}; severity, file and unit are added by the engine. */
    List<CheckMatch> check(TranslationUnit unit, CheckContext context);
}
