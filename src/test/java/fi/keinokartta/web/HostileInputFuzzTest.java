package fi.keinokartta.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import fi.keinokartta.testing.LiveRelease;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A seeded, bounded fuzz of every public address, parameter and header, as an attacker or a broken client
 * would send them: unicode, control characters, broken escapes, huge values, injection-looking strings,
 * odd methods and headers, over raw sockets so that nothing is cleaned up on the way. No answer may be a
 * 5xx, none may hang, and every 4xx must say why (a problem document or an error page) — except the bare
 * 400/414/431 that the HTTP codec itself sends for a request line it cannot parse, before any of our code
 * runs; those are counted and printed. The seed and the number of requests can be set with
 * {@code -Dfuzz.seed=} and {@code -Dfuzz.requests=}.
 */
@QuarkusTest
class HostileInputFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20261126L);
    private static final int REQUESTS = Integer.getInteger("fuzz.requests", 10_000);
    private static final int CLIENTS = 4;
    private static final int TIMEOUT_MILLIS = 10_000;

    @jakarta.inject.Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @TestHTTPResource("/")
    URL base;

    static final List<String> TEMPLATES = List.of(
            "/api/v1/search?q={v}&lang={lang}", "/api/v1/search?q={v}&lang={lang}&type={v}&category={v}",
            "/api/v1/search?q={v}&provider={v}&situation={v}&page={n}&size={n}&sort={v}", "/api/v1/search?{v}={v}",
            "/api/v1/measures/{v}?lang={lang}", "/api/v1/measures/{id}?lang={v}", "/api/v1/combinations?ids={id},{v}&lang={lang}",
            "/api/v1/combinations?ids={v}&situation={v}", "/api/v1/taxonomies?lang={v}", "/api/v1/situations?lang={v}",
            "/api/v1/situations/{v}?lang={lang}", "/api/v1/suggest?q={v}&lang={lang}",
            "/api/v1/{v}", "/{lang}/", "/{lang}/{word}", "/{lang}/{word}?q={v}&category={v}&page={n}", "/{lang}/{word}/{v}",
            "/{lang}/{word}/{id}", "/{lang}/{word}/{v}/{v}", "/{v}/{word}/{id}", "/{lang}/{v}", "/fi/yhdistelmat?ids={id}&ids={v}&situation={v}",
            "/sv/kombinationer?ids={v}", "/en/search?q={v}&type={v}&provider={v}&situation={v}&sort={v}&page={n}",
            "/fi/haku?q={v}", "/sitemap.xml", "/robots.txt", "/static/{v}", "/q/health/ready", "/q/{v}", "/{v}",
            "/editor/{v}", "/editor/releases/{v}", "/preview/{v}/fi/", "/preview/000000000000/{v}", "/j_security_check",
            "/fi/uutta/{v}", "/en/whats-new/feed.xml?{v}={v}",
            "/fi/suunnitelma?situation={v}&step={id}:{v}&step={v}&release={v}&view={v}",
            "/en/plan?ids={id},{v}&add={v}&to={v}&remove={v}&move={v}&situation={v}", "/sv/plan?step={v}&view=person&release={v}",
            "/api/v1/plans/check?situation={v}&step={id}:{v}&step={v}&lang={lang}&release={v}",
            "/fi/kysely?status={v}&sickLeaveSince={v}&age={v}&occupationalHealth={v}&partTime={v}&change={v}",
            "/sv/fragor?status=employed&sickLeaveSince={v}", "/en/questions?{v}={v}",
            "/api/v1/screener?status={v}&sickLeaveSince={v}&age={v}&occupationalHealth={v}&partTime={v}&lang={lang}",
            "/api/v1/screener?status=employed&sickLeaveSince={v}&lang={v}", "/{lang}/tyonantajalle?{v}={v}",
            "/en/for-employers/{v}", "/editor/coverage?{v}={v}",
            "/q/metrics", "/q/metrics?{v}={v}", "/q/metrics/{v}", "/api/v1/editor/releases", "/api/v1/editor/{v}");
    static final List<String> LANGS = List.of("fi", "sv", "en");
    static final List<String> WORDS = List.of("haku", "sok", "search", "keinot", "atgarder", "measures", "tilanteet", "situationer",
            "situations", "yhdistelmat", "kombinationer", "combinations", "uutta", "nytt", "whats-new", "saavutettavuusseloste",
            "suunnitelma", "plan", "kysely", "fragor", "questions", "tyonantajalle", "for-arbetsgivare", "for-employers");
    static final List<String> IDS = List.of("palkkatuki", "tyokokeilu", "osasairauspaivaraha", "tyonhakija", "starttiraha",
            "kuntoutusraha", "feed.xml");
    static final List<String> NASTY = List.of("", " ", "'", "\"", "<script>alert(1)</script>", "' OR '1'='1", "{{7*7}}", "${jndi:ldap://x/a}",
            "#{7*7}", "{page.title}", "../../etc/passwd", "..%2f..%2fetc", "%00", "\u0000", "\t\n\r", "\u202E", "🙂🙂", "työkokeilu",
            "arbetsprövning", "日本語の検索", "العربية", "ＦＵＬＬ", "a*b?c~", "\\", "%", "%G1", "%E2%82", "%%", "+", "&", "=", "/",
            ";", "null", "undefined", "-1", "0", "99999999999999999999", "1e9", "NaN", "[]", "{\"query\":{\"match_all\":{}}}",
            "*:*", "_all", "q=1&q=2", "\u00ad", "\uFEFF", "a\u0301", "İ", "ß", "Ω");

    /**
     * One answer. {@code ours} tells whether any of the service's code ran: every answer it sends carries
     * its security headers, while the HTTP codec's own refusals of unparsable requests carry none.
     */
    record Outcome(int status, int bodyBytes, boolean ours, boolean rawLine, String request, long millis) {
    }

    @Test
    void noHostileRequestGetsA5xxAHangOrASilentError() throws Exception {
        LiveRelease.await();
        String host = base.getHost();
        int port = base.getPort();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger codecRefusals = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                int offset = client;
                work.add(clients.submit(() -> {
                    for (int i = offset; i < REQUESTS; i += CLIENTS) {
                        Random random = new Random(SEED * 31 + i);
                        byte[] request = request(random, host, port);
                        Outcome outcome = send(host, port, request);
                        done.incrementAndGet();
                        statuses.computeIfAbsent(outcome.status(), s -> new AtomicInteger()).incrementAndGet();
                        slowest.accumulateAndGet(outcome.millis(), Math::max);
                        String problem = judge(outcome);
                        if (problem != null) {
                            failures.add("#" + i + " " + problem + ": " + outcome.request());
                        } else if (!outcome.ours()) {
                            codecRefusals.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            clients.shutdownNow();
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        System.out.printf("Fuzz (seed %d): %d requests in %d s, statuses %s, bare codec refusals %d, slowest %d ms, "
                + "failures %d%n", SEED, done.get(), seconds, new TreeMap<>(statuses), codecRefusals.get(), slowest.get(),
                failures.size());
        assertThat(done.get()).isEqualTo(REQUESTS);
        assertThat(failures).as("requests answered with a 5xx, a hang or a 4xx without a message")
                .hasSizeLessThanOrEqualTo(0);
        // Thousands of odd addresses must not become thousands of time series in the request metrics.
        java.util.Set<String> routes = new java.util.TreeSet<>();
        metrics.find("http.server.requests").meters().forEach(meter -> routes.add(meter.getId().getTag("uri")));
        System.out.printf("Routes in the request metrics after the fuzz: %d %s%n", routes.size(), routes);
        assertThat(routes.size()).as("routes in the request metrics: %s", routes).isBetween(3, 60);
    }

    /** What is wrong with an answer, or null. */
    private static String judge(Outcome outcome) {
        if (outcome.status() == -1) {
            return "no answer within " + TIMEOUT_MILLIS + " ms";
        }
        if (outcome.status() < 0) {
            // The codec refuses an over-long or unparsable request line and closes the connection, which may
            // reset it before its 400/414 arrives; any other request must be answered.
            return outcome.rawLine() ? null : "the connection closed without an answer";
        }
        if (outcome.status() >= 500) {
            return "status " + outcome.status();
        }
        boolean headRequest = outcome.request().startsWith("HEAD ");
        if (outcome.status() >= 400 && outcome.bodyBytes() == 0 && !headRequest && outcome.ours()) {
            return "status " + outcome.status() + " without a message";
        }
        if (!outcome.ours() && !List.of(400, 414, 431).contains(outcome.status())) {
            return "status " + outcome.status() + " from outside the service's code";
        }
        return null;
    }

    private static byte[] request(Random random, String host, int port) {
        String target = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
        boolean raw = random.nextInt(12) == 0; // now and then, values go into the request line unescaped
        StringBuilder line = new StringBuilder();
        int at = 0;
        while (at < target.length()) {
            int open = target.indexOf('{', at);
            if (open < 0) {
                line.append(target, at, target.length());
                break;
            }
            int close = target.indexOf('}', open);
            line.append(target, at, open);
            String slot = target.substring(open + 1, close);
            String value = switch (slot) {
                case "lang" -> random.nextInt(5) == 0 ? value(random) : LANGS.get(random.nextInt(LANGS.size()));
                case "word" -> WORDS.get(random.nextInt(WORDS.size()));
                case "id" -> IDS.get(random.nextInt(IDS.size()));
                case "n" -> List.of("1", "0", "-1", "100", "99999999999", "x", "1.5", "").get(random.nextInt(8));
                default -> value(random);
            };
            line.append(raw ? value.replace(" ", "%20").replace("\r", "").replace("\n", "") : encode(value, random));
            at = close + 1;
        }
        String method = pick(random, List.of("GET", "GET", "GET", "GET", "GET", "GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS",
                "PATCH", "TRACE", "FOO", "get"));
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(line).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(random.nextInt(20) == 0 ? "evil.example" : host + ":" + port).append("\r\n");
        head.append("Connection: close\r\n");
        if (random.nextBoolean()) {
            head.append("Accept: ").append(pick(random, List.of("application/json", "text/html", "*/*", "application/xml",
                    "image/png", "text/html;q=0.1, application/json", "garbage/", "application/problem+json"))).append("\r\n");
        }
        if (random.nextInt(3) == 0) {
            head.append("Accept-Language: ").append(pick(random, List.of("sv", "en-GB,en;q=0.9", "fi;q=x", "*", "zz-ZZ",
                    "sv;q=0.5,".repeat(200), "\u00e4"))).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("Authorization: ").append(pick(random, List.of("Basic dG9pbWl0dGFqYTp3cm9uZw==", "Basic %%%", "Bearer x",
                    "Basic " + "A".repeat(3000), "Digest nonsense"))).append("\r\n");
        }
        if (random.nextInt(6) == 0) {
            head.append("Cookie: ").append(pick(random, List.of("quarkus-credential=garbage", "kk-session=a.b.c.d",
                    "kk-session=" + "x".repeat(2000), "quarkus-credential=; kk-session=", "a=b; c"))).append("\r\n");
        }
        if (random.nextInt(8) == 0) {
            head.append("Origin: ").append(pick(random, List.of("null", "file:///x", "::::", "http://evil.example"))).append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("If-None-Match: ").append(pick(random, List.of("*", "\"x\"", "W/\"1\"", "garbage"))).append("\r\n");
        }
        if (random.nextInt(10) == 0) {
            head.append("X-Forwarded-For: ").append(pick(random, List.of("1.2.3.4", "not an address", "::::"))).append("\r\n");
        }
        byte[] body = new byte[0];
        if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
            String text = pick(random, List.of("", "j_username=editor&j_password=x", "{\"a\":", "\u0000\u0001", "x".repeat(5000),
                    "csrf=" + "B".repeat(43), "%%%", "q=" + value(random),
                    "{\"situation\":\"" + value(random).replace("\"", "") + "\",\"lang\":\"fi\",\"steps\":[{\"item\":\"tyokokeilu\",\"phase\":null}]}",
                    "{\"steps\":[" + "{\"item\":\"palkkatuki\",\"phase\":\"x\"},".repeat(200) + "{}]}", "[]", "null", "{\"steps\":{}}"));
            body = text.getBytes(StandardCharsets.UTF_8);
            head.append("Content-Type: ").append(pick(random, List.of("application/x-www-form-urlencoded", "application/json",
                    "text/plain", "multipart/form-data; boundary=x", "garbage"))).append("\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[headBytes.length + body.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(body, 0, all, headBytes.length, body.length);
        return all;
    }

    private static String value(Random random) {
        int kind = random.nextInt(20);
        if (kind < 10) {
            return NASTY.get(random.nextInt(NASTY.size()));
        }
        if (kind < 13) {
            return IDS.get(random.nextInt(IDS.size())) + NASTY.get(random.nextInt(NASTY.size()));
        }
        if (kind < 17) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.appendCodePoint(randomCodePoint(random));
            }
            return text.toString();
        }
        if (kind < 19) {
            StringBuilder words = new StringBuilder();
            int count = 1 + random.nextInt(300);
            for (int i = 0; i < count; i++) {
                words.append(i == 0 ? "" : " ").appendCodePoint(0x4E00 + random.nextInt(2000)).append(random.nextInt(9));
            }
            return words.toString();
        }
        return String.valueOf((char) ('a' + random.nextInt(26))).repeat(200 + random.nextInt(6000));
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x5F);
            case 2 -> 0xA0 + random.nextInt(0x250);
            case 3 -> 0x0600 + random.nextInt(0x100);
            case 4 -> 0x4E00 + random.nextInt(0x5000);
            default -> 0x1F300 + random.nextInt(0x300);
        };
    }

    private static String encode(String value, Random random) {
        String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
        return random.nextInt(4) == 0 ? encoded.replace("+", "%20") : encoded;
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Outcome send(String host, int port, byte[] request) {
        String firstLine = new String(request, StandardCharsets.UTF_8).split("\r\n")[0];
        boolean rawLine = firstLine.chars().anyMatch(c -> c > 126 || c < 33 && c != ' ')
                || firstLine.matches(".*[{}|\\\\^`\"<>].*") || firstLine.matches(".*%(?![0-9A-Fa-f]{2}).*")
                || firstLine.length() > 4000;
        long started = System.nanoTime();
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[16384];
            int read;
            while ((read = in.read(buffer)) != -1) {
                response.write(buffer, 0, read);
                if (response.size() > 4_000_000) {
                    break;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            String text = response.toString(StandardCharsets.ISO_8859_1);
            int headEnd = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) {
                return new Outcome(-2, 0, false, rawLine, shorten(firstLine), millis); // closed without an answer
            }
            int status = Integer.parseInt(text.substring(9, 12));
            boolean ours = text.substring(0, headEnd).toLowerCase(java.util.Locale.ROOT).contains("\r\nx-content-type-options:");
            return new Outcome(status, text.length() - headEnd - 4, ours, rawLine, shorten(firstLine), millis);
        } catch (SocketTimeoutException e) {
            return new Outcome(-1, 0, false, rawLine, shorten(firstLine), TIMEOUT_MILLIS);
        } catch (IOException e) {
            return new Outcome(-3, 0, false, rawLine, shorten(firstLine) + " (" + e.getMessage() + ")", 0);
        }
    }

    private static String shorten(String line) {
        return line.length() > 200 ? line.substring(0, 200) + "…(" + line.length() + " chars)" : line;
    }
}
