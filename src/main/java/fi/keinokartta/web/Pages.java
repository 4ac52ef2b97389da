package fi.keinokartta.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.config.KeinokarttaConfig;
import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.http.Assets;
import fi.keinokartta.http.RequestedRelease;
import io.quarkus.qute.TemplateInstance;

/** Builds the {@link PageContext} of a page and prepares template instances for a language. */
@ApplicationScoped
public class Pages {


    @Inject
    Clock clock;

    @Inject
    KeinokarttaConfig config;

    @Inject
    Assets assets;

    @Inject
    RequestedRelease requested;

    /**
     * @param pathIn the address of this page in each language (query included)
     * @param release the release shown, or null on pages that do not show one
     */
    public PageContext context(Language language, String title, String description, Function<Language, String> pathIn,
            Release release, String section) {
        List<PageContext.Alternate> alternates = Arrays.stream(Language.values())
                .map(l -> new PageContext.Alternate(l.code(), l.nativeName(), pathIn.apply(l), l == language))
                .toList();
        PageContext.ReleaseInfo releaseInfo = release == null ? null
                : new PageContext.ReleaseInfo(release.id(), FigureFormatter.date(publishedOn(release), language));
        return new PageContext(language, title, description, pathIn.apply(language), alternates, baseUrl(), assets.urls(),
                releaseInfo, config.web().feedbackEmail(), section, requested.release().map(Release::id).orElse(null));
    }

    public String baseUrl() {
        String base = config.web().baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** Sets the locale the template's {@code {msg:...}} strings are taken in. */
    public static TemplateInstance in(Language language, TemplateInstance template) {
        return template.setLocale(Locale.forLanguageTag(language.code()));
    }

    private LocalDate publishedOn(Release release) {
        var when = release.record().publishedAt() != null ? release.record().publishedAt() : release.record().createdAt();
        return LocalDate.ofInstant(when, clock.getZone());
    }
}
