package fi.keinokartta.i18n;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.keinokartta.core.Language;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in each language, for Java code (templates use {@code {msg:...}} directly). */
@ApplicationScoped
public class Texts {

    private final Map<Language, Messages> bundles = new EnumMap<>(Language.class);
    private final Map<Language, ScreenerMessages> screenerBundles = new EnumMap<>(Language.class);

    public Messages in(Language language) {
        return bundles.computeIfAbsent(language,
                l -> MessageBundles.get(Messages.class, Localized.Literal.of(l.code())));
    }

    /** The screener's own bundle (screener, timeline, what to do now, employers' page). */
    public ScreenerMessages screener(Language language) {
        return screenerBundles.computeIfAbsent(language,
                l -> MessageBundles.get(ScreenerMessages.class, Localized.Literal.of(l.code())));
    }
}
