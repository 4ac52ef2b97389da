package fi.keinokartta.content.load;

/** The kinds of files in a content folder, each with the JSON Schema that defines it. */
enum ContentKind {
    CATEGORIES("categories.schema.json"),
    PROVIDERS("providers.schema.json"),
    ITEM("item.schema.json"),
    SITUATION("situation.schema.json"),
    RULES("rules.schema.json"),
    TIMELINE("timeline.schema.json"),
    SYNONYMS("synonyms.schema.json"),
    VOCABULARY("vocabulary.schema.json");

    final String schemaFile;

    ContentKind(String schemaFile) {
        this.schemaFile = schemaFile;
    }
}
