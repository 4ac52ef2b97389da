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
        Account account = current().get(name);
        // Compare against a hash even for unknown names, so the time taken does not reveal which names exist.
        String hash = account != null ? account.passwordHash() : DUMMY_HASH;
        boolean matches = BcryptUtil.matches(new String(password), hash);
        return matches && account != null ? Optional.of(account) : Optional.empty();
    }

    public Optional<Account> find(String name) {
        return Optional.ofNullable(current().get(name));
    }

    private static final String DUMMY_HASH = BcryptUtil.bcryptHash("not a password of anyone", 10);

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
