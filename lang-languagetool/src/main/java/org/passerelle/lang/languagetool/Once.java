package org.passerelle.lang.languagetool;

import java.util.function.Supplier;

/** A value computed on first use and then shared (LanguageTool's tagger takes seconds to load). */
public final class Once<T> implements Supplier<T> {
    private final Supplier<T> source;
    private volatile T value;

    public Once(Supplier<T> source) {
        this.source = source;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = source.get();
                    value = v;
                }
            }
        }
        return v;
    }
}
