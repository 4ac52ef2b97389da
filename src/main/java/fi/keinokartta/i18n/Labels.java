package fi.keinokartta.i18n;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.core.ItemType;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Verdict;

/** Names of things in a language: item types and verdicts from the messages, the rest from the release. */
@ApplicationScoped
public class Labels {

    @Inject
    Texts texts;

    public String type(ItemType type, Language language) {
        Messages m = texts.in(language);
        return switch (type) {
            case BENEFIT -> m.type_benefit();
            case SERVICE -> m.type_service();
            case MEASURE -> m.type_measure();
        };
    }

    public String verdict(Verdict verdict, Language language) {
        Messages m = texts.in(language);
        return switch (verdict) {
            case TOGETHER -> m.verdict_together();
            case PRIMARY -> m.verdict_primary();
            case EXCLUDES -> m.verdict_excludes();
            case SEQUENCE -> m.verdict_sequence();
            case CONDITIONAL -> m.verdict_conditional();
            case UNKNOWN -> m.verdict_unknown();
        };
    }

    public String category(Release release, String id, Language language) {
        return Optional.ofNullable(release.categories().get(id)).map(c -> c.name(language)).orElse(id);
    }

    public String provider(Release release, String id, Language language) {
        return Optional.ofNullable(release.providers().get(id)).map(p -> p.name(language)).orElse(id);
    }

    public String situation(Release release, String id, Language language) {
        return release.situation(id).map(s -> s.text(language).title()).orElse(id);
    }

    public String item(Release release, String id, Language language) {
        return release.item(id).map(i -> i.text(language).title()).orElse(id);
    }
}
