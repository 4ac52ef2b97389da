package fi.keinokartta.i18n;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import fi.keinokartta.core.Language;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The plan's message bundle in each language, for Java code (templates use {@code {plan:...}} directly). */
@ApplicationScoped
public class PlanTexts {

    private final Map<Language, PlanMessages> bundles = new EnumMap<>(Language.class);

    public PlanMessages in(Language language) {
        return bundles.computeIfAbsent(language,
                l -> MessageBundles.get(PlanMessages.class, Localized.Literal.of(l.code())));
    }
}
