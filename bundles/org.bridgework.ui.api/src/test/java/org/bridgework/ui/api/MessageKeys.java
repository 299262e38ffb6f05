package org.bridgework.ui.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The check every UI bundle's tests run on its strings (shared as ui.api's test-jar): every key the bundle's sources
 * ask {@link Messages} for ({@code messages.get("k")}, {@code format("k", ...)}, {@code has("k")}) is in its
 * {@code messages.properties}, and every key there is used — named as a string literal somewhere in the sources, or
 * starting with a prefix the sources complete at run time ({@code get("state." + status.name())}), or a literal
 * with a suffix the sources add ({@code get(key + ".tip")} where {@code "form.code"} is a literal).
 */
public final class MessageKeys {

    /** {@code messages.get("key"}, {@code MESSAGES.format("prefix." + ...}: the receiver names a Messages. */
    private static final Pattern CALL = Pattern.compile("(?i)\\bmessages\\s*\\.\\s*(?:get|format|has)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(\\+)?");
    /** A string literal, with the {@code +} before it (a suffix: {@code key + ".tip"}) or after it (a prefix). */
    private static final Pattern LITERAL = Pattern.compile("(\\+\\s*)?\"((?:[^\"\\\\]|\\\\.)*)\"\\s*(\\+)?");

    private MessageKeys() {
    }

    /** What is wrong with the strings of the bundle whose sources are under {@code sources}: empty when nothing. */
    public static List<String> problems(Path sources, Properties messages) {
        Set<String> asked = new TreeSet<>();
        Set<String> literals = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        Set<String> suffixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String code = Files.readString(file);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    if (call.group(2) == null) {
                        asked.add(call.group(1));
                    }
                }
                Matcher literal = LITERAL.matcher(code);
                while (literal.find()) {
                    (literal.group(3) != null ? prefixes : literal.group(1) != null ? suffixes : literals).add(literal.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = new ArrayList<>();
        for (String key : asked) {
            if (!messages.containsKey(key)) {
                problems.add("used in the code but not in messages.properties: " + key);
            }
        }
        for (String key : new TreeSet<>(messages.stringPropertyNames())) {
            boolean named = literals.contains(key) || suffixes.stream().anyMatch(s -> key.endsWith(s) && literals.contains(key.substring(0, key.length() - s.length())));
            if (!named && prefixes.stream().noneMatch(p -> !p.isEmpty() && key.startsWith(p))) {
                problems.add("in messages.properties but used nowhere: " + key);
            }
        }
        return problems;
    }

    /**
     * Fails with every problem found, for a Maven module's test run (the working directory is the module):
     * sources in {@code src/main/java}, strings in {@code messages.properties} beside {@code anchor}.
     */
    public static void assertComplete(Class<?> anchor) {
        Properties messages = new Properties();
        try (InputStream in = anchor.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new AssertionError("no messages.properties beside " + anchor.getName());
            }
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = problems(Path.of("src/main/java"), messages);
        if (!problems.isEmpty()) {
            throw new AssertionError(problems.size() + " problem(s) with " + anchor.getPackageName() + ".messages:\n  "
                    + String.join("\n  ", problems));
        }
    }
}
