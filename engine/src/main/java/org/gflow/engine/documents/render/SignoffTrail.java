package org.gflow.engine.documents.render;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gflow.engine.documents.layout.LocalizedText;
import org.gflow.engine.documents.render.FilledDocument.SignoffEntry;

/**
 * Reads a letter's sign-off trail: the case variable {@code signoffTrail}, a list of entries
 * {@code approver, level, decision, comment, time} (time as ISO-8601), appended by the letter
 * process at each decision. An entry may also carry {@code approverName}, the approver's name
 * as the directory knows it, which is printed instead of the user id.
 */
final class SignoffTrail {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, LocalizedText> DECISIONS = Map.of(
            "approve", new LocalizedText("ອະນຸມັດ", "Approved"),
            "return", new LocalizedText("ສົ່ງຄືນ", "Returned"),
            "reject", new LocalizedText("ປະຕິເສດ", "Rejected"));

    private SignoffTrail() {}

    /**
     * @throws IllegalArgumentException naming the entry and what it lacks
     */
    static List<SignoffEntry> read(List<Map<?, ?>> rows) {
        return IntStream.range(0, rows.size())
                .mapToObj(index -> entry(rows.get(index), index + 1))
                .toList();
    }

    private static SignoffEntry entry(Map<?, ?> row, int position) {
        String approver = text(row, "approverName");
        if (approver.isEmpty()) {
            approver = required(row, "approver", position);
        }
        String decision = required(row, "decision", position);
        LocalizedText decided = DECISIONS.getOrDefault(decision, new LocalizedText(decision, decision));
        String level = text(row, "level").isEmpty() ? String.valueOf(position) : text(row, "level");
        return new SignoffEntry(level, approver, decided, time(row, position), text(row, "comment"));
    }

    private static String time(Map<?, ?> row, int position) {
        String time = required(row, "time", position);
        try {
            return TIME.format(CaseValues.toZoned(time));
        } catch (DateTimeParseException unreadable) {
            throw new IllegalArgumentException(
                    "variable 'signoffTrail': entry " + position + " has an unreadable time '" + time + "'");
        }
    }

    private static String required(Map<?, ?> row, String key, int position) {
        String value = text(row, key);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("variable 'signoffTrail': entry " + position + " has no '" + key + "'");
        }
        return value;
    }

    private static String text(Map<?, ?> row, String key) {
        Object value = row.get(key);
        return value == null ? "" : value.toString().strip();
    }
}
