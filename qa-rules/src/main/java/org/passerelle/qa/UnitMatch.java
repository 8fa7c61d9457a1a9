package org.passerelle.qa;

import org.passerelle.xliff.TranslationUnit;

/** A match a run-wide check found, with the unit it belongs to. */
public record UnitMatch(TranslationUnit unit, CheckMatch match) {
}
