package fi.keinokartta.content.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fi.keinokartta.core.Catalogue;
import fi.keinokartta.core.Category;
import fi.keinokartta.core.Item;
import fi.keinokartta.core.Provider;
import fi.keinokartta.core.Rule;
import fi.keinokartta.core.ServiceClock;
import fi.keinokartta.core.Sha256;
import fi.keinokartta.core.Situation;
import fi.keinokartta.core.SearchVocabulary;
import fi.keinokartta.core.Timeline;

/**
 * Reads a content folder, validates all of it (schema, languages, ids, references, dates, rules) and
 * returns either a complete {@link Catalogue} or none at all, always with every problem found.
 * Pure Java without the service around it, so the command-line validator runs the very same checks.
 */
public final class ContentLoader {

    static final String CATEGORIES_FILE = "taxonomies/categories.yaml";
    static final String PROVIDERS_FILE = "taxonomies/providers.yaml";
    static final String SYNONYMS_FILE = "search/synonyms.yaml";
    static final String VOCABULARY_FILE = "search/vocabulary.yaml";
    static final String ITEMS_DIR = "items";
    static final String SITUATIONS_DIR = "situations";
    static final String RULES_DIR = "rules";
    static final String TIMELINES_DIR = "timelines";

    private final YamlFiles yaml = new YamlFiles();
    private final SchemaCheck schemaCheck = new SchemaCheck();
    private final ObjectMapper binder = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final Clock clock;

    /** A loader that decides "today" in Finland (for the content command; the service injects its clock). */
    public ContentLoader() {
        this(ServiceClock.system());
    }

    public ContentLoader(Clock clock) {
        this.clock = clock;
    }

    /** The outcome of loading: the catalogue is present only when there are no errors. */
    public record LoadResult(Catalogue catalogue, ValidationReport report, String contentHash, int fileCount) {
        public boolean ok() {
            return catalogue != null;
        }
    }

    /** A file that parsed and matched its schema, with its tree kept for line numbers. */
    record Loaded<T>(String file, JsonNode root, T value) {
        Integer line(String pointer) {
            return YamlFiles.lineOf(root.at(pointer)).or(() -> YamlFiles.lineOf(root)).orElse(null);
        }
    }

    record CategoriesFile(List<Category> categories) {
    }

    record ProvidersFile(List<Provider> providers) {
    }

    record RulesFile(List<Rule> rules) {
    }

    record SynonymsFile(List<List<String>> synonyms) {
    }

    public LoadResult load(Path contentDir) {
        Problems problems = new Problems();
        if (!Files.isDirectory(contentDir)) {
            problems.error(contentDir.toString(), null, "The content folder does not exist or is not a folder.");
            return new LoadResult(null, problems.report(), null, 0);
        }
        Map<String, Path> files;
        try {
            files = contentFiles(contentDir, problems);
        } catch (IOException e) {
            problems.error(contentDir.toString(), null, "The content folder could not be read: " + e.getMessage());
            return new LoadResult(null, problems.report(), null, 0);
        }
        String hash = hash(files);

        Loaded<CategoriesFile> categories = required(files, CATEGORIES_FILE, ContentKind.CATEGORIES, CategoriesFile.class, problems);
        Loaded<ProvidersFile> providers = required(files, PROVIDERS_FILE, ContentKind.PROVIDERS, ProvidersFile.class, problems);
        Loaded<SynonymsFile> synonyms = required(files, SYNONYMS_FILE, ContentKind.SYNONYMS, SynonymsFile.class, problems);
        // Optional: without it, search knows only the items' own words.
        Loaded<SearchVocabulary> vocabulary = files.containsKey(VOCABULARY_FILE)
                ? read(VOCABULARY_FILE, files.get(VOCABULARY_FILE), ContentKind.VOCABULARY, SearchVocabulary.class, problems)
                : null;
        boolean vocabularyBroken = files.containsKey(VOCABULARY_FILE) && vocabulary == null;
        Set<String> invalidIds = new HashSet<>();
        List<Loaded<Item>> items = all(files, ITEMS_DIR, ContentKind.ITEM, Item.class, problems, invalidIds);
        List<Loaded<Situation>> situations = all(files, SITUATIONS_DIR, ContentKind.SITUATION, Situation.class, problems,
                invalidIds);
        List<Loaded<RulesFile>> rules = all(files, RULES_DIR, ContentKind.RULES, RulesFile.class, problems, new HashSet<>());
        List<Loaded<Timeline>> timelines = all(files, TIMELINES_DIR, ContentKind.TIMELINE, Timeline.class, problems,
                new HashSet<>());
        if (items.isEmpty() && files.keySet().stream().noneMatch(f -> f.startsWith(ITEMS_DIR + "/"))) {
            problems.error(ITEMS_DIR, null, "There are no items: add at least one file items/<id>.yaml.");
        }

        if (categories != null && providers != null && synonyms != null) {
            new CrossReferenceCheck(problems, LocalDate.now(clock), categories, providers, synonyms, items, situations,
                    rules, invalidIds).run();
            new TimelineCheck(problems, LocalDate.now(clock), items, situations, timelines, invalidIds).run();
        }
        if (vocabulary != null) {
            Set<String> itemIds = new HashSet<>(invalidIds);
            items.forEach(item -> itemIds.add(item.value().id()));
            new VocabularyCheck(problems, vocabulary, itemIds).run();
        }
        ValidationReport report = problems.report();
        if (report.hasErrors() || categories == null || providers == null || synonyms == null || vocabularyBroken) {
            return new LoadResult(null, report, hash, files.size());
        }
        Catalogue catalogue = new Catalogue(
                categories.value().categories(),
                providers.value().providers(),
                items.stream().map(Loaded::value).sorted((a, b) -> a.id().compareTo(b.id())).toList(),
                situations.stream().map(Loaded::value)
                        .sorted((a, b) -> a.order() != b.order() ? Integer.compare(a.order(), b.order()) : a.id().compareTo(b.id()))
                        .toList(),
                rules.stream().flatMap(r -> r.value().rules().stream()).toList(),
                synonyms.value().synonyms(),
                vocabulary == null ? SearchVocabulary.EMPTY : vocabulary.value(),
                timelines.stream().map(Loaded::value).sorted((a, b) -> a.id().compareTo(b.id())).toList());
        return new LoadResult(catalogue, report, hash, files.size());
    }

    /** Every YAML file of the folder by its path relative to the folder, with '/' separators. */
    private static Map<String, Path> contentFiles(Path contentDir, Problems problems) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(contentDir)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
                String relative = contentDir.relativize(path).toString().replace('\\', '/');
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (name.endsWith(".yml")) {
                    problems.warning(relative, null, "Ignored: content files end in .yaml, not .yml.");
                } else if (name.endsWith(".yaml")) {
                    if (isKnownPlace(relative)) {
                        files.put(relative, path);
                    } else {
                        problems.warning(relative, null, "Ignored: YAML files belong in taxonomies/, items/, situations/, "
                                + "rules/, timelines/ or search/ (see docs/content-format.md).");
                    }
                }
            }
        }
        return files;
    }

    private static boolean isKnownPlace(String relative) {
        return relative.equals(CATEGORIES_FILE) || relative.equals(PROVIDERS_FILE) || relative.equals(SYNONYMS_FILE)
                || relative.equals(VOCABULARY_FILE)
                || directlyIn(relative, ITEMS_DIR) || directlyIn(relative, SITUATIONS_DIR) || directlyIn(relative, RULES_DIR)
                || directlyIn(relative, TIMELINES_DIR);
    }

    private static boolean directlyIn(String relative, String dir) {
        return relative.startsWith(dir + "/") && relative.indexOf('/', dir.length() + 1) < 0;
    }

    /** SHA-256 over every content file's path and bytes: the identity of this version of the content. */
    private static String hash(Map<String, Path> files) {
        try {
            MessageDigest digest = Sha256.digest();
            for (Map.Entry<String, Path> file : files.entrySet()) {
                digest.update(file.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file.getValue()));
                digest.update((byte) 0);
            }
            return Sha256.hex(digest);
        } catch (IOException e) {
            throw new IllegalStateException("Could not hash the content files", e);
        }
    }

    private <T> Loaded<T> required(Map<String, Path> files, String name, ContentKind kind, Class<T> type, Problems problems) {
        Path path = files.get(name);
        if (path == null) {
            problems.error(name, null, "This required file is missing.");
            return null;
        }
        return read(name, path, kind, type, problems);
    }

    /**
     * @param invalidIds collects the ids of files that could not be read, so that references to them are
     *        not reported as well: one broken file gives its own errors, not a cascade in others
     */
    private <T> List<Loaded<T>> all(Map<String, Path> files, String dir, ContentKind kind, Class<T> type, Problems problems,
            Set<String> invalidIds) {
        List<Loaded<T>> loaded = new ArrayList<>();
        files.forEach((name, path) -> {
            if (directlyIn(name, dir)) {
                Loaded<T> file = read(name, path, kind, type, problems);
                if (file != null) {
                    loaded.add(file);
                } else {
                    String fileName = path.getFileName().toString();
                    invalidIds.add(fileName.substring(0, fileName.length() - ".yaml".length()));
                }
            }
        });
        return loaded;
    }

    private <T> Loaded<T> read(String name, Path path, ContentKind kind, Class<T> type, Problems problems) {
        YamlFiles.Parsed parsed = yaml.read(path, name);
        if (!parsed.ok()) {
            problems.add(parsed.problem());
            return null;
        }
        List<ContentProblem> schemaProblems = schemaCheck.check(kind, parsed.root(), parsed.lines(), name);
        if (!schemaProblems.isEmpty()) {
            schemaProblems.forEach(problems::add);
            return null;
        }
        try {
            return new Loaded<>(name, parsed.root(), binder.treeToValue(parsed.root(), type));
        } catch (IOException | RuntimeException e) {
            // The schema should make this unreachable; report it rather than fail the whole load.
            problems.error(name, YamlFiles.lineOf(parsed.root()).orElse(null), "The file could not be read: " + e.getMessage());
            return null;
        }
    }

    /** Collects problems; the only place that creates them during a load. */
    static final class Problems {
        private final List<ContentProblem> list = new ArrayList<>();

        void add(ContentProblem problem) {
            list.add(problem);
        }

        void error(String file, Integer line, String message) {
            list.add(new ContentProblem(Severity.ERROR, file, line, message));
        }

        void warning(String file, Integer line, String message) {
            list.add(new ContentProblem(Severity.WARNING, file, line, message));
        }

        ValidationReport report() {
            return new ValidationReport(list);
        }
    }
}
