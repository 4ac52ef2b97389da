package fi.keinokartta.content.load;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Official sites that have been closed. A page on such a site cannot have been read after the site
 * closed, so a source that says so is either outdated or an archived historical record (and must say
 * {@code archived: true}).
 */
final class RetiredSites {

    /** A closed site: its host (and subdomains), the last day it served, what replaced it. */
    record RetiredSite(String host, LocalDate lastDay, String replacedBy) {
        boolean hosts(String url) {
            String host = hostOf(url);
            return host != null && (host.equals(this.host) || host.endsWith("." + this.host));
        }
    }

    /**
     * The TE Services' site served the state TE Offices, which were closed when the public employment
     * services moved to the municipal employment areas on 1.1.2025.
     */
    static final List<RetiredSite> SITES = List.of(
            new RetiredSite("te-palvelut.fi", LocalDate.of(2024, 12, 31),
                    "tyomarkkinatori.fi, the municipal employment areas, tem.fi or kela.fi"));

    private RetiredSites() {
    }

    static Optional<RetiredSite> of(String url) {
        return SITES.stream().filter(site -> site.hosts(url)).findFirst();
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
