package fi.keinokartta.plan;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

import fi.keinokartta.core.Usage;

/** A party with a lane in a plan, so each sees its part: who applies, decides, pays or acts. */
public enum Actor {
    PERSON("person"),
    EMPLOYER("employer"),
    OCCUPATIONAL_HEALTH_CARE("occupational-health-care"),
    KELA("kela"),
    PENSION_PROVIDER("pension-provider"),
    EMPLOYMENT_SERVICES("employment-services"),
    WELLBEING_SERVICES_COUNTY("wellbeing-services-county"),
    OTHER("other");

    private final String id;

    Actor(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The lane of a provider of the taxonomy (taxonomies/providers.yaml); bodies without a lane of their own share "other". */
    public static Actor ofProvider(String providerId) {
        return switch (providerId) {
            case "kela" -> KELA;
            case "tyoelakelaitos" -> PENSION_PROVIDER;
            case "tyollisyyspalvelut" -> EMPLOYMENT_SERVICES;
            case "hyvinvointialue" -> WELLBEING_SERVICES_COUNTY;
            case "tyoterveyshuolto" -> OCCUPATIONAL_HEALTH_CARE;
            case "tyonantaja" -> EMPLOYER;
            default -> OTHER;
        };
    }

    /** The lane of an applicant; a professional in general has none of its own (the deciders' lanes show the step). */
    public static Optional<Actor> ofApplicant(Usage.Applicant applicant) {
        return switch (applicant) {
            case PERSON -> Optional.of(PERSON);
            case EMPLOYER -> Optional.of(EMPLOYER);
            case OCCUPATIONAL_HEALTH_CARE -> Optional.of(OCCUPATIONAL_HEALTH_CARE);
            case EMPLOYMENT_SERVICES -> Optional.of(EMPLOYMENT_SERVICES);
            case WELLBEING_SERVICES_COUNTY -> Optional.of(WELLBEING_SERVICES_COUNTY);
            case PROFESSIONAL -> Optional.empty();
        };
    }
}
