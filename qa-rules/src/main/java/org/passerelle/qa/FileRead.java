package org.passerelle.qa;

import java.util.List;
import org.passerelle.core.InputException;
import org.passerelle.xliff.TranslationUnit;

/**
 * One file of a run: its units, or the problem that kept it from being read, its file findings,
 * and the key its unit findings are cached under (null when they cannot be: units built in
 * memory, a termbase given as an object).
 */
record FileRead(String file, List<TranslationUnit> units, List<Finding> findings, InputException problem,
                String cacheKey) {
}
