package fi.keinokartta.view;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fi.keinokartta.content.render.FigureFormatter;
import fi.keinokartta.content.render.MarkdownRenderer;
import fi.keinokartta.core.Figure;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.ItemText;
import fi.keinokartta.core.Language;
import fi.keinokartta.core.Release;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.Source;
import fi.keinokartta.http.Routes;
import fi.keinokartta.i18n.Labels;
import fi.keinokartta.i18n.Messages;
import fi.keinokartta.i18n.Texts;

/** Builds {@link ItemView}s from a release, in one language. */
@ApplicationScoped
public class ItemViews {

    @Inject
    MarkdownRenderer markdown;

    @Inject
    FigureFormatter figures;

    @Inject
    UsageViews usages;

    @Inject
    Labels labels;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    public Optional<ItemView> view(Release release, String id, Language language) {
        return release.item(id).map(item -> view(release, item, language));
    }

    public ItemView view(Release release, Item item, Language language) {
        ItemText text = item.text(language);
        Map<String, Figure> figureById = item.figures().stream().collect(Collectors.toMap(Figure::id, Function.identity()));
        Map<String, Source> sourceById = item.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));
        Messages m = texts.in(language);
        List<ItemView.Section> sections = text.sections().inOrder().entrySet().stream()
                .map(e -> new ItemView.Section(e.getKey(), heading(m, e.getKey()),
                        markdown.toHtml(e.getValue(), language, figureById, (target, l) -> Routes.item(l, target))))
                .toList();
        List<ItemView.FigureView> figureViews = item.figures().stream()
                .map(f -> new ItemView.FigureView(f.id(), f.label().get(language), f.value(), f.unit().id(),
                        figures.value(f, language), f.validFrom(), f.validTo(), figures.validity(f, language),
                        source(sourceById.get(f.source())), f.isStaleOn(LocalDate.now(clock))))
                .toList();
        LocalDate today = LocalDate.now(clock);
        return new ItemView(item.id(), language.code(), item.type().id(), labels.type(item.type(), language), text.title(),
                markdown.toText(text.summary(), language, figureById), text.keywords(),
                item.categories().stream().map(c -> new ItemView.Ref(c, labels.category(release, c, language), null)).toList(),
                item.providers().stream().map(p -> provider(release, p, language)).toList(),
                item.situations().stream().map(s -> situation(release, s, language)).toList(),
                item.related().stream().map(r -> itemRef(release, r, language)).toList(),
                sections, figureViews, item.sources().stream().map(ItemViews::source).toList(),
                item.reviewed(), item.reviewBy(), item.reviewBy().isBefore(today),
                release.lastChanged(item.id()).orElse(null),
                combinations(release, item, language, today), release.id(), Routes.item(language, item.id()),
                usages.usage(release, item, language));
    }

    /** The rules involving the item that are valid today, ordered by verdict and then by the other item's name. */
    private List<ItemView.CombinationView> combinations(Release release, Item item, Language language, LocalDate today) {
        return release.rulesOf(item.id()).stream()
                .filter(rule -> rule.isValidOn(today))
                .map(rule -> combination(release, item.id(), rule, language))
                .sorted(Comparator.comparing(ItemView.CombinationView::verdict).thenComparing(c -> c.other().label()))
                .toList();
    }

    public ItemView.CombinationView combination(Release release, String itemId, Rule rule, Language language) {
        String other = rule.items().get(0).equals(itemId) ? rule.items().get(1) : rule.items().get(0);
        ItemView.Role role = switch (rule.verdict()) {
            case PRIMARY -> itemId.equals(rule.primary()) ? ItemView.Role.PRIMARY : ItemView.Role.SECONDARY;
            case SEQUENCE -> itemId.equals(rule.first()) ? ItemView.Role.FIRST : ItemView.Role.THEN;
            default -> ItemView.Role.NONE;
        };
        return new ItemView.CombinationView(rule.id(), itemRef(release, other, language), rule.verdict(),
                labels.verdict(rule.verdict(), language), role,
                rule.situations().stream().map(s -> situation(release, s, language)).toList(),
                explanationText(rule, language), explanationHtml(rule, language),
                rule.sources().stream().map(ItemViews::source).toList(),
                rule.askFrom().stream().map(p -> provider(release, p, language)).toList(),
                rule.validFrom(), rule.validTo());
    }

    /** A rule's explanation without markup, for the API. */
    public String explanationText(Rule rule, Language language) {
        return markdown.toText(rule.explanation().get(language), language, Map.of());
    }

    /** A rule's explanation as safe HTML with links to the items it names, for the pages. */
    public String explanationHtml(Rule rule, Language language) {
        return markdown.toHtml(rule.explanation().get(language), language, Map.of(), (target, l) -> Routes.item(l, target));
    }

    public ItemView.Ref itemRef(Release release, String id, Language language) {
        return new ItemView.Ref(id, labels.item(release, id, language), Routes.item(language, id));
    }

    public ItemView.Ref provider(Release release, String id, Language language) {
        return new ItemView.Ref(id, labels.provider(release, id, language),
                Optional.ofNullable(release.providers().get(id)).map(p -> p.url()).orElse(null));
    }

    public ItemView.Ref situation(Release release, String id, Language language) {
        return new ItemView.Ref(id, labels.situation(release, id, language), Routes.situation(language, id));
    }

    public static ItemView.SourceView source(Source source) {
        return source == null ? null
                : new ItemView.SourceView(source.id(), source.title(), source.url(), source.publisher(), source.accessed());
    }

    static String heading(Messages m, String key) {
        return switch (key) {
            case "whatItIs" -> m.section_whatItIs();
            case "whoFor" -> m.section_whoFor();
            case "whatItGives" -> m.section_whatItGives();
            case "howToApply" -> m.section_howToApply();
            case "whoDecides" -> m.section_whoDecides();
            case "nextSteps" -> m.section_nextSteps();
            default -> key;
        };
    }
}
