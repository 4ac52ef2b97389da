package fi.keinokartta.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings (prefix {@code keinokartta}); each can also be set as an environment variable. */
@ConfigMapping(prefix = "keinokartta")
public interface KeinokarttaConfig {

    Content content();

    Publishing publishing();

    Search search();

    Web web();

    Editors editors();

    Http http();

    Cache cache();

    /** How the service answers over HTTP. */
    interface Http {
        /**
         * Marks every cookie {@code Secure}, so browsers send it only over HTTPS. On in production (the site is
         * served over HTTPS, usually behind a proxy that terminates TLS); off for the local run and the tests.
         */
        @WithDefault("false")
        boolean secureCookies();

        /**
         * Answers with {@code Strict-Transport-Security}, so browsers keep to HTTPS for a year. On in production
         * (served over HTTPS); off for the local run and the tests, which are plain HTTP on localhost.
         */
        @WithDefault("false")
        boolean strictTransportSecurity();

        /**
         * How long a browser, CDN or reverse proxy may reuse a public page or API answer without asking again
         * ({@code Cache-Control: public, max-age}). This is how long a reader may still see the previous release
         * after a publish or a rollback, so keep it short; after it, a revalidation costs a 304 when nothing
         * changed. {@code 0s} makes every reuse ask first.
         */
        @WithDefault("60s")
        Duration maxAge();

        /**
         * How long a proxy may keep serving a stored public answer while this service answers with an error or
         * cannot be reached ({@code stale-if-error}): an older release is better than no page. {@code 0s}: never.
         */
        @WithDefault("10m")
        Duration staleIfError();
    }

    /**
     * Answers kept in memory per release (search results and "did you mean" names), keyed by release and
     * normalised request, dropped when the live release changes. The sizes are estimates of the answers'
     * memory, e.g. {@code 32M}; {@code 0} turns that cache off.
     */
    interface Cache {
        /** The live release's answers. */
        @WithDefault("32M")
        MemorySize size();

        /**
         * Answers of any other release (candidates under preview, a release that stopped being live while a
         * request ran). Kept apart so that editors previewing never push the public's answers out.
         */
        @WithDefault("4M")
        MemorySize otherReleasesSize();

        /**
         * Whole public answers of the live release (pages and API, as sent), by address: a repeated request is
         * answered without running the page or the API again. 0 keeps none.
         */
        @WithDefault("16M")
        MemorySize responsesSize();
    }

    Clock clock();

    /** The clock that decides "today" (always in Finland's zone, Europe/Helsinki). */
    interface Clock {
        /**
         * Stops the clock at a moment, for tests: an instant ({@code 2026-11-26T22:30:00Z}), a local time in
         * Finland ({@code 2026-11-27T00:30}) or a date (noon in Finland). Unset: the real time.
         */
        Optional<String> fixed();
    }

    /** The editors' sign-in (a local account file; OpenID Connect is configured with quarkus.oidc.*). */
    interface Editors {
        /**
         * The account file: one line per editor, {@code name = roles : bcrypt-hash}; add accounts with
         * {@code ./mvnw -q compile exec:java@add-editor}. Without the file, no local account can sign in.
         */
        @WithDefault("editors.properties")
        Path file();
    }

    /** The public site. */
    interface Web {
        /** The public address of the site, for canonical links, hreflang, the sitemap and the feeds. */
        @WithDefault("http://localhost:8080")
        String baseUrl();

        /** Where accessibility feedback and corrections go (shown on every page and in the accessibility statement). */
        @WithDefault("palaute@keinokartta.fi")
        String feedbackEmail();
    }

    /**
     * The search cluster. These are read before the service starts (see
     * fi.keinokartta.search.engine.EngineSettings) and declared here so they are documented and checked.
     */
    interface Search {
        /** host:port[,host:port] of an existing OpenSearch/Elasticsearch cluster; unset: the service starts an embedded node. */
        Optional<String> hosts();

        /** http or https, for an existing cluster. */
        @WithDefault("http")
        String protocol();

        /** User name for an existing cluster, when it requires one. */
        Optional<String> username();

        /** Password for an existing cluster, when it requires one. */
        Optional<String> password();

        /**
         * How long a reader's search may wait for the engine; then the reader is told to try again (503 with
         * {@code Retry-After}). Searches take milliseconds: a longer wait means an engine that does not answer.
         * It is Hibernate Search's request timeout (application.properties), so a release build's document
         * writes get the same; the cluster's other requests keep the 10 s read timeout. Its default (3 s) is in
         * application.properties, beside the setting that uses it.
         */
        Duration answerWithin();

        Engine engine();

        /** The embedded node (development and tests). */
        interface Engine {
            /** A JDK 21+ to run it with; by default one is looked for (JAVA_HOME, /usr/lib/jvm, ...). */
            Optional<Path> javaHome();

            /** Where it keeps its data; default target/search-engine/data in the checkout. */
            Optional<Path> dataDir();

            /** Its JVM heap. */
            @WithDefault("256m")
            String heap();

            /**
             * {@code true} lets the packaged service (prod profile) start an embedded node when no hosts are
             * set, to try it from a checkout; otherwise production refuses to start without hosts.
             */
            @WithDefault("false")
            boolean embedded();
        }
    }

    interface Content {
        /** The content folder releases are built from (KEINOKARTTA_CONTENT_DIR). */
        @WithDefault("content")
        Path dir();

        /**
         * What the service does with the content folder when it starts: {@code publish} builds and publishes
         * it when it differs from the live release; {@code candidate} builds it as a candidate for an editor
         * to preview and publish (publishing it only when nothing is live yet); {@code none} builds nothing
         * and only follows the live release (extra instances behind a load balancer).
         */
        @WithDefault("candidate")
        OnStart onStart();

        /**
         * How often to look for a changed content folder and build a candidate from it (published at once
         * when on-start is {@code publish}): a duration such as {@code 30s}, or {@code off}.
         */
        @WithDefault("off")
        String pollInterval();
    }

    interface Publishing {
        /** How many releases keep their index, so that rolling back to them takes seconds. */
        @WithDefault("5")
        int keepReleases();

        /** How often each instance checks which release is live in the cluster. */
        @WithDefault("2s")
        Duration followInterval();

        /** How long a release build may hold the cluster-wide build lock before others may take it over. */
        @WithDefault("5m")
        Duration lockTimeout();

        /**
         * How long a publish waits for every copy of the release's index (its replica too, on a cluster of
         * two or more nodes) to be in place before the switch; a release whose copies are not all placed by
         * then is not published, since losing one node could then take the live catalogue with it.
         */
        @WithDefault("30s")
        Duration replicaWait();
    }

    enum OnStart {
        PUBLISH, CANDIDATE, NONE
    }
}
