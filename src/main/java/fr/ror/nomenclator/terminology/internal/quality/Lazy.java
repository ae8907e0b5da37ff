package fr.ror.nomenclator.terminology.internal.quality;

import java.util.function.Supplier;

/** A value computed once, on first use; a run of the quality loop is single-threaded. */
final class Lazy<T> {

    private final Supplier<T> supplier;
    private T value;

    Lazy(Supplier<T> supplier) {
        this.supplier = supplier;
    }

    T get() {
        if (value == null) {
            value = supplier.get();
        }
        return value;
    }
}
