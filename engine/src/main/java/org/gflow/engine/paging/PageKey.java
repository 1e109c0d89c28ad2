package org.gflow.engine.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.gflow.engine.errors.BadRequestException;

/**
 * Where a page of a newest-first list ended: the last row's time, to the database's precision, and
 * its id. The next page starts after it ({@code at < key.at or (at = key.at and id < key.id)}), so a
 * row that moves while the reader pages is never shown twice, and nothing needs counting. The
 * client passes {@link #text()} back as it came, as {@code after}.
 */
public record PageKey(Instant at, String id) {

    /** The key as the client passes it back. */
    public String text() {
        return at + "," + id;
    }

    /** The key a client passed back; anything else is a 400 on {@code after} saying so. */
    public static PageKey read(String text) {
        int comma = text.indexOf(',');
        try {
            if (comma > 0 && comma < text.length() - 1) {
                return new PageKey(Instant.parse(text.substring(0, comma)), text.substring(comma + 1));
            }
        } catch (DateTimeParseException malformed) {
            // answered below
        }
        throw new BadRequestException("after", "Pass the 'next' of the previous page as it came.");
    }
}
