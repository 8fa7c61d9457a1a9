package org.passerelle.qa.languagetool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import org.languagetool.JLanguageTool;
import org.languagetool.rules.RuleMatch;
import org.passerelle.core.Languages;
import org.passerelle.core.lang.LanguageSupport;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.lang.languagetool.Once;

/**
 * Checks text with LanguageTool, borrowing instances from the JVM-wide pool, and remembers the
 * result for each (language, rule set, text) so that the spelling and grammar checks, repeated
 * sentences and re-runs pay once. Which LanguageTool language checks a tag is the tag's
 * {@link LanguageSupport}'s choice ({@link LanguageSupport#languageToolCode}).
 *
 * <p>A {@link #deferring() deferring} proofreader answers from the cache only and collects what
 * it misses, so that a run learns which languages need LanguageTool at all before starting any,
 * starts those side by side, and checks the missing texts on every core ({@link #proofreadBacklog}).
 */
public final class Proofreader {
    private static final int MAX_SUGGESTIONS = 5;
    /**
     * Longer texts are never given to LanguageTool: its time and memory grow faster than the text,
     * and no sentence is this long (segment.too-long reports them).
     */
    public static final int MAX_TEXT_CHARS = 100_000;

    private final boolean grammar;
    private final String bareTagVariant;
    private final ProofCache cache;
    private volatile ProofBacklog backlog;

    /**
     * @param grammar        true to run every rule (needed by the grammar check), false for spelling only
     * @param bareTagVariant a LanguageTool variant ("en-GB") used instead of its language's default
     *                       when a file gives that language without a region ("en"); null for the
     *                       languages' own defaults (the profile's {@code spelling.english-variant})
     * @param cache          where results are remembered (in memory, or on disk between runs)
     */
    public Proofreader(boolean grammar, String bareTagVariant, ProofCache cache) {
        this(grammar, bareTagVariant == null || bareTagVariant.isBlank() ? null : bareTagVariant.strip(), cache, null);
    }

    public Proofreader(boolean grammar, String bareTagVariant) {
        this(grammar, bareTagVariant, ProofCache.inMemory());
    }

    private Proofreader(boolean grammar, String bareTagVariant, ProofCache cache, ProofBacklog backlog) {
        this.grammar = grammar;
        this.bareTagVariant = bareTagVariant;
        this.cache = cache;
        this.backlog = backlog;
    }

    /**
     * A proofreader over the same cache that never waits for LanguageTool: a text it has no result
     * for gets none, and is kept for {@link #proofreadBacklog}. The first such text of a language
     * starts that language's LanguageTool in the background.
     */
    public Proofreader deferring() {
        return new Proofreader(grammar, bareTagVariant, cache, new ProofBacklog(grammar));
    }

    /** The LanguageTool code for an XLIFF language tag, or empty when LanguageTool cannot check it. */
    public Optional<String> languageCode(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        Optional<String> code = LanguageSupports.of(tag).languageToolCode(tag);
        boolean bare = tag.indexOf('-') < 0 && tag.indexOf('_') < 0;
        if (code.isPresent() && bare && bareTagVariant != null && Languages.sameLanguage(tag, bareTagVariant)) {
            return Optional.of(bareTagVariant);
        }
        return code;
    }

    /**
     * Starts LanguageTool for these tags in the background (one instance each, with its slow first
     * check), for a service that wants to be ready before its first request.
     */
    public void warmUp(List<String> languageTags) {
        for (String tag : languageTags) {
            languageCode(tag).ifPresent(code -> LanguageToolPool.of(code, grammar)
                    .warmUp(LanguageSupports.of(tag).warmUpText()));
        }
    }

    /**
     * Starts LanguageTool in the background for those of these tags whose rule set the cache holds
     * no result for at all (a first run on this machine, a language new to it): every text of them
     * will need LanguageTool, so its start can overlap reading the rest of the input.
     */
    public void startIfUnknown(Collection<String> languageTags) {
        for (String tag : languageTags) {
            languageCode(tag).filter(code -> !cache.holdsAny(code + (grammar ? "|all" : "|spelling")))
                    .ifPresent(code -> LanguageToolPool.of(code, grammar).warmUp(LanguageSupports.of(tag).warmUpText()));
        }
    }

    /**
     * Matches in {@code text}; empty when the language is not one LanguageTool checks here (and,
     * for a deferring proofreader, when the text is not cached yet).
     */
    public List<ProofMatch> check(String languageTag, String text) {
        Optional<String> code = languageCode(languageTag);
        if (code.isEmpty() || text == null || text.isBlank() || text.length() > MAX_TEXT_CHARS) {
            return List.of();
        }
        String key = code.get() + (grammar ? "|all|" : "|spelling|") + text;
        List<ProofMatch> hit = cache.get(key);
        if (hit != null) {
            return decided(hit, code.get(), key, text);
        }
        ProofBacklog deferred = backlog;
        if (deferred != null) {
            if (deferred.add(code.get(), key, text)) {
                LanguageToolPool.of(code.get(), grammar).warmUp(LanguageSupports.of(languageTag).warmUpText());
            }
            return List.of();
        }
        return checkNow(code.get(), key, text);
    }

    /** Checks {@code text} with an instance of the pool, and remembers the result under {@code key}. */
    private List<ProofMatch> checkNow(String code, String key, String text) {
        LanguageToolInstances instances = LanguageToolPool.of(code, grammar);
        JLanguageTool lt = borrow(instances, LanguageToolPool.limit());
        try {
            return cache.put(key, run(lt, text));
        } finally {
            instances.release(lt);
        }
    }

    /** Texts a deferring proofreader found missing from the cache and has not checked yet. */
    public int backlog() {
        ProofBacklog b = backlog;
        return b == null ? 0 : b.size();
    }

    /**
     * Checks every text the deferring proofreader collected, on {@code threads} threads, into the
     * cache; afterwards {@link #check} answers them from it, and checks any other text at once.
     *
     * @param checked told the number of texts checked so far, from the checking threads
     */
    public void proofreadBacklog(int threads, IntConsumer checked) {
        ProofBacklog texts = backlog;
        if (texts == null) {
            return;
        }
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "passerelle-languagetool");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                workers.add(pool.submit(() -> drain(texts, threads, () -> checked.accept(done.incrementAndGet()))));
            }
            for (Future<?> f : workers) {
                f.get();
            }
            backlog = null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("LanguageTool interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One checking thread: works through a language's texts with one instance, then takes the next language. */
    private void drain(ProofBacklog backlog, int threads, Runnable onChecked) {
        String held = null;
        LanguageToolInstances instances = null;
        JLanguageTool lt = null;
        try {
            for (String code = backlog.next(null, threads); code != null; code = backlog.next(held, threads)) {
                if (!code.equals(held)) {
                    if (lt != null) {
                        instances.release(lt);
                        lt = null;
                    }
                    instances = LanguageToolPool.of(code, grammar);
                    lt = borrow(instances, backlog.wanted(code, threads));
                    held = code;
                }
                for (ProofBacklog.Text t = backlog.poll(code); t != null; t = backlog.poll(code)) {
                    cache.put(t.key(), run(lt, t.text()));
                    onChecked.run();
                }
            }
        } finally {
            if (lt != null) {
                instances.release(lt);
            }
        }
    }

    private static JLanguageTool borrow(LanguageToolInstances instances, int wanted) {
        try {
            return instances.borrow(wanted);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for LanguageTool", e);
        }
    }

    /**
     * Matches of a text; for unknown words, the suggestions and LanguageTool's choice beside a
     * neighbouring match are left for when they are asked: LanguageTool searches its whole dictionary
     * for the suggestions, and most of those words are names, which the spelling check does not report.
     */
    private static List<ProofMatch> run(JLanguageTool lt, String text) {
        try {
            List<ProofMatch> result = new ArrayList<>();
            for (List<RuleMatch> run : OverlappingMatches.runs(lt.check(text))) {
                if (run.size() > 1 && run.stream().allMatch(m -> m.getRule().isDictionaryBasedSpellingRule())) {
                    Supplier<List<RuleMatch>> kept = new Once<>(() -> OverlappingMatches.cleaned(lt.getLanguage(), run));
                    run.forEach(m -> result.add(proofMatch(m, kept)));
                } else {
                    List<RuleMatch> kept = OverlappingMatches.cleaned(lt.getLanguage(), run);
                    kept.forEach(m -> result.add(proofMatch(m, () -> kept)));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ProofMatch proofMatch(RuleMatch m, Supplier<List<RuleMatch>> keptOfRun) {
        String id = m.getRule().getId();
        int length = m.getToPos() - m.getFromPos();
        String message = plain(m.getMessage());
        if (!m.getRule().isDictionaryBasedSpellingRule()) {
            return new ProofMatch(id, false, m.getFromPos(), length, message, firstOf(m));
        }
        return ProofMatch.later(id, true, m.getFromPos(), length, message, () ->
                keptOfRun.get().stream().anyMatch(k -> k == m) ? Optional.of(firstOf(m)) : Optional.empty());
    }

    private static List<String> firstOf(RuleMatch m) {
        List<String> suggestions = m.getSuggestedReplacements();
        return suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size()));
    }

    /**
     * Cached matches, each stored undecided (no run asked about it) decided, when asked, by
     * LanguageTool checking the text again, whose result then replaces the cached one. That starts LanguageTool, but only when a word the
     * spelling check exempted before, as a name of the other side, is to be reported now.
     */
    private List<ProofMatch> decided(List<ProofMatch> cached, String code, String key, String text) {
        if (cached.stream().noneMatch(ProofMatch::undecided)) {
            return cached;
        }
        Supplier<List<ProofMatch>> live = new Once<>(() -> checkNow(code, key, text));
        return cached.stream().map(m -> m.decidedBy(() -> live.get().stream()
                .filter(l -> l.ruleId().equals(m.ruleId()) && l.offset() == m.offset() && l.length() == m.length()
                        && l.kept())
                .findFirst().map(ProofMatch::suggestions))).toList();
    }

    /** LanguageTool messages mark words with <suggestion> tags meant for its own UI. */
    private static String plain(String message) {
        return message.replace("<suggestion>", "'").replace("</suggestion>", "'");
    }

    /** LanguageTool instances this JVM has started, by code and mode ("fr|all" → 1): for a service's health. */
    public static Map<String, Integer> started() {
        return LanguageToolPool.started();
    }

    /** Number of results remembered (for the benchmark and tests). */
    public int cachedResults() {
        return cache.size();
    }
}
