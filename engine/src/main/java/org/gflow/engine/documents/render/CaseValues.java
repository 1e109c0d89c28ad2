package org.gflow.engine.documents.render;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.documents.layout.FieldFormat;
import org.gflow.plugin.api.LaoTime;

/**
 * A case's variables as a document reads them: present or not, and written the way an official
 * document writes them (dates day/month/year in Vientiane time, numbers grouped).
 */
public final class CaseValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final Map<String, Object> variables;

    /** @param variables the case's variables as plain Java values; not copied */
    public CaseValues(Map<String, Object> variables) {
        this.variables = variables;
    }

    /** Whether the variable is there with something to print: not null, blank or empty. */
    public boolean isPresent(String name) {
        Object value = variables.get(name);
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        return value != null && !value.toString().isBlank();
    }

    /** The raw value, if present. */
    public Optional<Object> raw(String name) {
        return isPresent(name) ? Optional.of(variables.get(name)) : Optional.empty();
    }

    /**
     * The value written in a format. A list is written as its items separated by commas.
     *
     * @throws IllegalArgumentException naming the variable when it cannot be read in that format
     */
    public String text(String name, FieldFormat format) {
        Object value = variables.get(name);
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(CaseValues::itemText).toList());
        }
        try {
            return switch (format) {
                case TEXT -> value.toString().strip();
                case DATE -> DATE.format(toZoned(value));
                case DATETIME -> DATE_TIME.format(toZoned(value));
                case NUMBER -> NumberFormat.getNumberInstance(Locale.ROOT).format(toNumber(value));
            };
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            throw new IllegalArgumentException(
                    "variable '" + name + "' is not a " + format.code() + ": '" + value + "'");
        }
    }

    /**
     * The value as items: a list's elements (a map element is written by its {@code name} or
     * {@code title} entry), or a text's non-blank lines.
     */
    public List<String> items(String name) {
        Object value = variables.get(name);
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .map(CaseValues::itemText)
                    .filter(item -> !item.isBlank())
                    .toList();
        }
        return value.toString()
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** The value as a list of maps (rows of a table such as the sign-off trail). */
    public List<Map<?, ?>> rows(String name) {
        Object value = variables.get(name);
        if (!(value instanceof Collection<?> items) || !items.stream().allMatch(Map.class::isInstance)) {
            throw new IllegalArgumentException("variable '" + name + "' must be a list of entries");
        }
        return items.stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    /** A date value as a calendar date in Vientiane, for the archive's valid-until. */
    public Optional<LocalDate> date(String name) {
        return raw(name).map(value -> toZoned(value).toLocalDate());
    }

    private static String itemText(Object item) {
        if (item instanceof Map<?, ?> entry) {
            Object label = entry.get("name") != null ? entry.get("name") : entry.get("title");
            return label == null ? entry.toString() : label.toString().strip();
        }
        return String.valueOf(item).strip();
    }

    /** Reads the date forms process variables arrive in: Date, java.time, ISO-8601 text. */
    static ZonedDateTime toZoned(Object value) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(LaoTime.ZONE);
        }
        if (value instanceof TemporalAccessor temporal) {
            return fromTemporal(temporal);
        }
        String text = value.toString().strip();
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(LaoTime.ZONE);
        }
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(LaoTime.ZONE);
        } catch (DateTimeParseException noOffset) {
            return LocalDateTime.parse(text).atZone(LaoTime.ZONE);
        }
    }

    private static ZonedDateTime fromTemporal(TemporalAccessor temporal) {
        if (temporal instanceof LocalDate date) {
            return date.atStartOfDay(LaoTime.ZONE);
        }
        if (temporal instanceof LocalDateTime dateTime) {
            return dateTime.atZone(LaoTime.ZONE);
        }
        if (temporal instanceof Instant instant) {
            return instant.atZone(LaoTime.ZONE);
        }
        return ZonedDateTime.from(temporal).withZoneSameInstant(LaoTime.ZONE);
    }

    private static Number toNumber(Object value) {
        if (value instanceof Number number) {
            return number;
        }
        return new java.math.BigDecimal(value.toString().strip());
    }
}
