package org.gflow.engine.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's rating of an answer, kept as a comment on the case so its office meets it in the
 * timeline: written in Lao (as Cockpit and the history show comments), read back here so that the
 * inbox names it in the reader's language and shows only the citizen's own words as text.
 */
public final class RatingComments {

    /** What the comment says before the stars, in Lao: "the complainant's rating". */
    private static final String LABEL = "ຄະແນນຈາກຜູ້ຮ້ອງທຸກ";

    private static final Pattern WRITTEN =
            Pattern.compile(Pattern.quote(LABEL) + " ([1-5])/5(?:: (.*))?", Pattern.DOTALL);

    /** A rating as the timeline shows it: the stars out of five and what the citizen wrote. */
    public record Rating(String stars, String comment) {}

    private RatingComments() {}

    /** The comment for this rating; {@code comment} may be null. */
    public static String write(int stars, String comment) {
        return LABEL + " " + stars + "/5" + (comment == null ? "" : ": " + comment);
    }

    /** The rating a comment written by {@link #write} records; empty for any other comment. */
    public static Optional<Rating> read(String commentText) {
        if (commentText == null) {
            return Optional.empty();
        }
        Matcher written = WRITTEN.matcher(commentText);
        return written.matches()
                ? Optional.of(new Rating(written.group(1) + "/5", written.group(2)))
                : Optional.empty();
    }
}
