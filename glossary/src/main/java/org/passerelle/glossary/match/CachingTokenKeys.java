package org.passerelle.glossary.match;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.passerelle.core.lang.LanguageSupports;
import org.passerelle.core.lang.TermKeys;

/**
 * Remembers the key ids of the words of texts, which repeat: lemmatizing and normalising a word
 * costs far more than looking it up. One per language per JVM, shared by all matchers.
 */
final class CachingTokenKeys implements TokenKeys {
    /** Enough for the vocabulary of a large batch of articles; cleared rather than grown past it. */
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, CachingTokenKeys> SHARED = new ConcurrentHashMap<>();

    /** Ids computed when {@code keyCount} keys were numbered; later keys may add ids. */
    private record Ids(int keyCount, int[] ids) {
    }

    private final TermKeys delegate;
    private final Map<String, Ids> cache = new ConcurrentHashMap<>();

    private CachingTokenKeys(TermKeys delegate) {
        this.delegate = delegate;
    }

    static CachingTokenKeys forLanguage(String primary) {
        String lang = primary == null ? "" : primary;
        return SHARED.computeIfAbsent(lang, l -> new CachingTokenKeys(LanguageSupports.of(l).termKeys()));
    }

    @Override
    public String termKey(String token, boolean exactCase) {
        return delegate.termKey(token, exactCase);
    }

    @Override
    public List<String> textKeys(String token) {
        return delegate.textKeys(token);
    }

    @Override
    public int[] textKeyIds(String token) {
        Ids cached = cache.get(token);
        int keyCount = KeyIds.count();
        if (cached == null || cached.keyCount() != keyCount) {
            cached = new Ids(keyCount, KeyIds.known(delegate.textKeys(token)));
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            cache.put(token, cached);
        }
        return cached.ids();
    }
}
