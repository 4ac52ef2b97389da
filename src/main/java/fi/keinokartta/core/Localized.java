package fi.keinokartta.core;

import java.util.function.Function;

/** The same value in each of the three languages, as written in the content files ({@code fi}, {@code sv}, {@code en}). */
public record Localized<T>(T fi, T sv, T en) {

    public T get(Language language) {
        return switch (language) {
            case FI -> fi;
            case SV -> sv;
            case EN -> en;
        };
    }

    public <R> Localized<R> map(Function<T, R> mapper) {
        return new Localized<>(mapper.apply(fi), mapper.apply(sv), mapper.apply(en));
    }
}
