package org.gflow.processes.validation;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Collection;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

/** The value types a start-variable declaration may name, with what each accepts and measures. */
public enum VariableType {
    STRING(true) {
        @Override
        boolean accepts(Object value) {
            return value instanceof String;
        }

        /** Characters as a reader counts them (ນ້ຳ is one, not three code points), as the pages do. */
        @Override
        OptionalDouble measure(Object value) {
            return OptionalDouble.of(graphemes(((String) value).trim()));
        }
    },
    NUMBER(true) {
        @Override
        boolean accepts(Object value) {
            return value instanceof Number;
        }

        @Override
        OptionalDouble measure(Object value) {
            return OptionalDouble.of(((Number) value).doubleValue());
        }
    },
    BOOLEAN(false) {
        @Override
        boolean accepts(Object value) {
            // The gateways compare with == true / == false, so a plain REST client's text works too.
            return value instanceof Boolean || "true".equals(value) || "false".equals(value);
        }
    },
    DATE(false) {
        @Override
        boolean accepts(Object value) {
            return value instanceof Date || value instanceof String text && TypedDates.isReadable(text);
        }
    },
    DURATION(false) {
        @Override
        boolean accepts(Object value) {
            return value instanceof String text && isIsoDuration(text);
        }
    },
    LIST(true) {
        @Override
        boolean accepts(Object value) {
            return value instanceof Collection;
        }

        @Override
        OptionalDouble measure(Object value) {
            return OptionalDouble.of(((Collection<?>) value).size());
        }
    },
    MAP(true) {
        @Override
        boolean accepts(Object value) {
            return value instanceof Map;
        }

        @Override
        OptionalDouble measure(Object value) {
            return OptionalDouble.of(((Map<?, ?>) value).size());
        }
    };

    private final boolean measurable;

    VariableType(boolean measurable) {
        this.measurable = measurable;
    }

    private static final DatatypeFactory DATATYPES = newDatatypeFactory();

    /** Whether {@code value} (never null) is of this type. */
    abstract boolean accepts(Object value);

    /** The figure {@code min}/{@code max} bound: length, value or size; empty if not bounded. */
    OptionalDouble measure(Object value) {
        return OptionalDouble.empty();
    }

    /** Whether {@code min}/{@code max} apply to this type. */
    boolean measurable() {
        return measurable;
    }

    /** The keyword used in declarations, e.g. {@code string}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by a declaration keyword, or null if there is none. */
    static VariableType fromKeyword(String keyword) {
        for (VariableType type : values()) {
            if (type.keyword().equals(keyword)) {
                return type;
            }
        }
        return null;
    }

    private static final BreakIterator CHARACTERS = BreakIterator.getCharacterInstance(ULocale.ROOT);

    /** The number of user-perceived characters (grapheme clusters) of {@code text}. */
    static int graphemes(String text) {
        BreakIterator iterator = (BreakIterator) CHARACTERS.clone();
        iterator.setText(text);
        int count = 0;
        while (iterator.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    static boolean isIsoDuration(String text) {
        try {
            // The same parser Camunda's timers use, so what passes here also schedules there.
            DATATYPES.newDuration(text);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    private static DatatypeFactory newDatatypeFactory() {
        try {
            return DatatypeFactory.newInstance();
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException("No XML datatype factory for ISO-8601 durations", e);
        }
    }
}
