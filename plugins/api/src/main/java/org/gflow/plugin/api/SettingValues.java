package org.gflow.plugin.api;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How setting values are written, in one place for the engine (which checks them at install) and
 * for {@link PluginSettings} (which reads them).
 */
public final class SettingValues {

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

    private SettingValues() {}

    /**
     * Why {@code value} is not of {@code type}, or empty when it is.
     *
     * @return a short reason such as {@code "not a whole number"}
     */
    public static Optional<String> problem(SettingType type, String value) {
        String text = value.strip();
        try {
            switch (type) {
                case TEXT -> {}
                case INTEGER -> Long.parseLong(text);
                case BOOLEAN -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        return Optional.of("not true or false");
                    }
                }
                case URL -> {
                    URI uri = new URI(text);
                    String scheme =
                            uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                        return Optional.of("not an http or https address");
                    }
                }
                case DURATION -> duration(text);
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("not a whole number");
        } catch (java.net.URISyntaxException e) {
            return Optional.of("not an http or https address");
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}, {@code 250ms} or ISO-8601 ({@code PT30S}). */
    public static Duration duration(String value) {
        String text = value.strip();
        Matcher written = SHORT_DURATION.matcher(text);
        if (written.matches()) {
            long amount = Long.parseLong(written.group(1));
            return switch (written.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a duration such as 30s, 5m or PT30S");
        }
    }
}
