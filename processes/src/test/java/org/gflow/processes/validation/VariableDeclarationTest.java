package org.gflow.processes.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableDeclarationTest {

    @Test
    void readsTypeAndOptions() {
        VariableDeclaration declaration =
                VariableDeclaration.parse("channel", "string required min=2 max=5 oneOf=phone|web default=web");

        assertThat(declaration.type()).isEqualTo(VariableType.STRING);
        assertThat(declaration.required()).isTrue();
        assertThat(declaration.min().getAsDouble()).isEqualTo(2);
        assertThat(declaration.max().getAsDouble()).isEqualTo(5);
        assertThat(declaration.allowed()).containsExactly("phone", "web");
        assertThat(declaration.defaultValue()).isEqualTo("web");
    }

    @Test
    void optionalByDefault() {
        VariableDeclaration declaration = VariableDeclaration.parse("notes", "  string  ");

        assertThat(declaration.required()).isFalse();
        assertThat(declaration.min()).isEmpty();
        assertThat(declaration.allowed()).isEmpty();
    }

    @ParameterizedTest(name = "''{1}'' is refused: {2}")
    @CsvSource(
            delimiter = ';',
            value = {
                "x; ;                              must start with a type",
                "x; text required;                 must start with a type",
                "x; string mandatory;              unknown option 'mandatory'",
                "x; number max=lots;               non-numeric bound",
                "x; boolean max=3;                 cannot bound a boolean",
                "x; number oneOf=1|2;              oneOf only with string",
                "x; string oneOf=a||b;             empty value in oneOf",
                "x; string oneOf=a|;               empty value in oneOf",
                "x; number default=3;              default only as string or duration",
                "x; duration default=7days;        not an ISO-8601 duration",
                "x; string oneOf=a|b default=c;    outside oneOf",
                "x; string default=;               empty default"
            })
    void malformedDeclarationsNameTheVariableAndTheProblem(String name, String text, String problem) {
        assertThatThrownBy(() -> VariableDeclaration.parse(name, text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining(problem);
    }

    @Test
    void textIsMeasuredInCharactersAsAReaderCountsThem() {
        assertThat(VariableType.STRING.measure("ນ້ຳປະປາ").getAsDouble())
                .as("7 code points, 5 characters")
                .isEqualTo(5);
        assertThat(VariableType.STRING.measure("  abc ").getAsDouble()).isEqualTo(3);
    }

    @Test
    void typesAcceptWhatTheySay() {
        assertThat(VariableType.STRING.accepts("text")).isTrue();
        assertThat(VariableType.STRING.accepts(42)).isFalse();
        assertThat(VariableType.NUMBER.accepts(42L)).isTrue();
        assertThat(VariableType.NUMBER.accepts("42")).isFalse();
        assertThat(VariableType.BOOLEAN.accepts(Boolean.TRUE)).isTrue();
        assertThat(VariableType.BOOLEAN.accepts("true"))
                .as("a plain REST client's yes")
                .isTrue();
        assertThat(VariableType.BOOLEAN.accepts("yes")).isFalse();
        assertThat(VariableType.DATE.accepts(new Date())).isTrue();
        assertThat(VariableType.DATE.accepts("2026-11-21")).isTrue();
        assertThat(VariableType.DATE.accepts("2026-11-21T10:15:30+07:00")).isTrue();
        assertThat(VariableType.DATE.accepts("21/11/2026"))
                .as("day first, as Lao users type")
                .isTrue();
        assertThat(VariableType.DATE.accepts("11/21/2026"))
                .as("month first: refused, not guessed")
                .isFalse();
        assertThat(VariableType.DURATION.accepts("P7D")).isTrue();
        assertThat(VariableType.DURATION.accepts("PT4H")).isTrue();
        assertThat(VariableType.DURATION.accepts("7 days")).isFalse();
        assertThat(VariableType.LIST.accepts(List.of())).isTrue();
        assertThat(VariableType.LIST.accepts("a,b")).isFalse();
        assertThat(VariableType.MAP.accepts(Map.of())).isTrue();
        assertThat(VariableType.MAP.accepts(List.of())).isFalse();
    }

    @Test
    void valuesAreCheckedAgainstBounds() {
        VariableDeclaration amount = VariableDeclaration.parse("amount", "number min=0 max=10");

        StartVariablesValidator.check(amount, 10);
        assertThatThrownBy(() -> StartVariablesValidator.check(amount, -1))
                .isInstanceOf(InvalidVariableException.class)
                .hasMessage("Variable 'amount' must be at least 0, got -1");
        assertThatThrownBy(() -> StartVariablesValidator.check(amount, 10.5))
                .hasMessage("Variable 'amount' must be at most 10, got 10.5");
    }
}
