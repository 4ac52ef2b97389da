package fi.keinokartta.editor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fi.keinokartta.config.KeinokarttaConfig;
import io.quarkus.elytron.security.common.BcryptUtil;

/**
 * The local editor accounts: a file with one line per account, {@code name = roles : bcrypt-hash}.
 * Only hashes are stored. The file is re-read when it changes, so accounts can be added without a restart.
 */
@ApplicationScoped
public class EditorAccounts {

    private static final Logger LOG = Logger.getLogger(EditorAccounts.class);

    /** An account: its roles and the bcrypt hash of its password. */
    public record Account(String name, Set<String> roles, String passwordHash) {
    }

    @Inject
    KeinokarttaConfig config;

    private volatile Map<String, Account> accounts = Map.of();
    private volatile FileTime readAt;

    public Optional<Account> verify(String name, char[] password) {
        Map<String, Account> known = current();
        Account account = known.get(name);
        // Check against a hash of the same cost even for unknown names, so the time taken does not reveal
        // which names exist (bcrypt's time doubles with each step of cost).
        String hash = account != null ? account.passwordHash() : dummyHash(highestCost(known.values()));
        boolean matches;
        try {
            matches = BcryptUtil.matches(new String(password), hash);
        } catch (RuntimeException e) {
            LOG.errorf("The password hash of editor account '%s' is not a bcrypt hash; the account cannot sign in", name);
            matches = false;
        }
        return matches && account != null ? Optional.of(account) : Optional.empty();
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(current().get(name));
    }

    private static final int DEFAULT_COST = 12;
    private final Map<Integer, String> dummyHashes = new java.util.concurrent.ConcurrentHashMap<>();

    private String dummyHash(int cost) {
        return dummyHashes.computeIfAbsent(cost, c -> BcryptUtil.bcryptHash("not a password of anyone", c));
    }

    /** The cost of a bcrypt hash ({@code $2a$12$…} → 12), or empty for anything else. */
    static java.util.OptionalInt cost(String hash) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$2[abxy]?\\$(\\d{2})\\$").matcher(hash);
        return m.find() ? java.util.OptionalInt.of(Integer.parseInt(m.group(1))) : java.util.OptionalInt.empty();
    }

    static int highestCost(java.util.Collection<Account> accounts) {
        return accounts.stream().map(a -> cost(a.passwordHash())).filter(java.util.OptionalInt::isPresent)
                .mapToInt(java.util.OptionalInt::getAsInt).filter(c -> c >= 4 && c <= 31).max().orElse(DEFAULT_COST);
    }

    private Map<String, Account> current() {
        Path file = config.editors().file();
        try {
            FileTime modified = Files.exists(file) ? Files.getLastModifiedTime(file) : null;
            if (modified == null) {
                accounts = Map.of();
                readAt = null;
            } else if (!modified.equals(readAt)) {
                accounts = parse(Files.readString(file, StandardCharsets.UTF_8), file);
                readAt = modified;
            }
        } catch (IOException e) {
            LOG.errorf("The editor account file %s cannot be read: %s", file, e.getMessage());
        }
        return accounts;
    }

    static Map<String, Account> parse(String text, Path file) {
        Map<String, Account> parsed = new LinkedHashMap<>();
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            int colon = trimmed.indexOf(':', Math.max(equals, 0));
            if (equals < 1 || colon < 0) {
                LOG.warnf("%s:%d: ignored, expected 'name = roles : hash'", file, lineNumber);
                continue;
            }
            String name = trimmed.substring(0, equals).strip();
            Set<String> roles = Arrays.stream(trimmed.substring(equals + 1, colon).split(","))
                    .map(String::strip).filter(r -> !r.isEmpty()).collect(Collectors.toUnmodifiableSet());
            String hash = trimmed.substring(colon + 1).strip();
            parsed.put(name, new Account(name, roles, hash));
        }
        return Map.copyOf(parsed);
    }

    /** The line for an account, to add to the file. */
    public static String line(String name, Set<String> roles, char[] password) {
        return name + " = " + String.join(",", roles) + " : " + BcryptUtil.bcryptHash(new String(password), 12);
    }
}
