package fi.keinokartta.core;

import java.util.LinkedHashMap;
import java.util.Map;

/** The body of an item in one language: the sections a reader expects, in reading order (Markdown). */
public record Sections(String whatItIs, String whoFor, String whatItGives, String howToApply, String whoDecides,
        String nextSteps) {

    /** Section key (as in the content files and message bundles) to Markdown, in reading order. */
    public Map<String, String> inOrder() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("whatItIs", whatItIs);
        sections.put("whoFor", whoFor);
        sections.put("whatItGives", whatItGives);
        sections.put("howToApply", howToApply);
        sections.put("whoDecides", whoDecides);
        sections.put("nextSteps", nextSteps);
        return sections;
    }
}
