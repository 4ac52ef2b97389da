package fi.keinokartta.editor;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Adds or replaces an editor account in the account file (see docs/editing.md):
 * {@code ./mvnw -q compile exec:java@add-editor -Deditor.name=maija}. The password is asked twice
 * without echo (or read from KEINOKARTTA_EDITOR_PASSWORD, for scripts); only its bcrypt hash is stored.
 */
public final class AddEditor {

    private AddEditor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args[1].isBlank()) {
            System.err.println("Usage: add-editor FILE NAME [ROLES]   (ROLES default: editor)");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        String name = args[1].strip();
        if (!name.matches("[A-Za-z0-9._@-]{2,64}")) {
            System.err.println("A name is 2-64 letters, digits or . _ @ -");
            System.exit(2);
        }
        Set<String> roles = new LinkedHashSet<>(Arrays.asList((args.length > 2 ? args[2] : "editor").split(",")));
        char[] password = password();
        if (password.length < 12) {
            System.err.println("Use a password of at least 12 characters.");
            System.exit(2);
        }
        List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of("# Keinokartta editor accounts: name = roles : bcrypt hash (see docs/editing.md)"));
        lines.removeIf(line -> line.strip().startsWith(name + " ") || line.strip().startsWith(name + "="));
        lines.add(EditorAccounts.line(name, roles, password));
        Files.write(file, lines, StandardCharsets.UTF_8);
        System.out.println("Saved the account '" + name + "' (" + String.join(",", roles) + ") in " + file.toAbsolutePath());
    }

    private static char[] password() {
        String fromEnvironment = System.getenv("KEINOKARTTA_EDITOR_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            System.err.println("No console to ask the password: set KEINOKARTTA_EDITOR_PASSWORD instead.");
            System.exit(2);
        }
        char[] first = console.readPassword("Password: ");
        char[] second = console.readPassword("Password again: ");
        if (!Arrays.equals(first, second)) {
            System.err.println("The passwords differ.");
            System.exit(2);
        }
        return first;
    }
}
