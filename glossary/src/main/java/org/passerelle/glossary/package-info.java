/**
 * Termbases and term matching.
 *
 * <p>Reading and writing: {@code Termbase tb = new TbxReader().read(path)} reads TBX v3 (TBX-Basic,
 * DCA or DCT), TBX v2 {@code martif} and CSV, and throws {@link org.passerelle.core.InputException}
 * with file, line and column for anything malformed or hostile. {@code new TbxWriter().write(tb, path)}
 * writes TBX v3 TBX-Basic DCA atomically; entries of concepts that did not change are written
 * back with everything another tool put in them.
 *
 * <p>Matching: {@code TermMatcher.of(tb, "fr").find(text)} returns the non-overlapping
 * {@link org.passerelle.glossary.TermHit}s of the termbase's French terms in the text, longest
 * first, case-, elision-, hyphen-, space- and inflection-aware. A hit's
 * {@code term().status().forbidden()} says whether the text used a deprecated term, and
 * {@code concept().preferred("en")} gives the equivalent a translation must use. A matcher is
 * immutable and thread-safe: build one per termbase and language and share it.
 *
 * <p>Maintenance: {@link org.passerelle.glossary.validate.TbxValidator} and
 * {@link org.passerelle.glossary.edit.TermbaseEditor} back the {@code glossary} commands.
 */
package org.passerelle.glossary;
