package org.gflow.plugins.moic.licence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The enterprise registry extract the plugin ships ({@code gflow/registry/enterprises.csv}, UTF-8, one
 * enterprise per line: number, Lao name, English name, province, business type, registration
 * date, status {@code active}/{@code dissolved}). Read once; immutable; thread-safe.
 */
public final class EnterpriseRegistry {

    /** Where the extract sits in the bundle: under gflow/, as the engine expects of plugin resources. */
    static final String SHIPPED = "/gflow/registry/enterprises.csv";
    private static final int COLUMNS = 7;

    private final Map<EnterpriseNumber, Enterprise> byNumber;

    private EnterpriseRegistry(Map<EnterpriseNumber, Enterprise> byNumber) {
        this.byNumber = Map.copyOf(byNumber);
    }

    /** The registry shipped inside the plugin. */
    public static EnterpriseRegistry shipped() {
        try (InputStream in = EnterpriseRegistry.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the plugin");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a registry extract; the first line is the header.
     *
     * @throws IllegalArgumentException naming the line that is malformed or repeats a number
     */
    public static EnterpriseRegistry read(InputStream csv) throws IOException {
        Map<EnterpriseNumber, Enterprise> enterprises = new LinkedHashMap<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        reader.readLine();
        int lineNumber = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            Enterprise enterprise = parseLine(line, lineNumber);
            if (enterprises.putIfAbsent(enterprise.number(), enterprise) != null) {
                throw new IllegalArgumentException("line " + lineNumber + ": number " + enterprise.number() + " appears twice");
            }
        }
        return new EnterpriseRegistry(enterprises);
    }

    private static Enterprise parseLine(String line, int lineNumber) {
        String[] cells = line.split(",", -1);
        if (cells.length != COLUMNS) {
            throw new IllegalArgumentException("line " + lineNumber + ": expected " + COLUMNS + " columns, got " + cells.length);
        }
        EnterpriseNumber number = EnterpriseNumber.parse(cells[0])
            .orElseThrow(() -> new IllegalArgumentException("line " + lineNumber + ": bad enterprise number '" + cells[0] + "'"));
        String status = cells[6].strip();
        if (!status.equals("active") && !status.equals("dissolved")) {
            throw new IllegalArgumentException("line " + lineNumber + ": status must be active or dissolved, got '" + status + "'");
        }
        return new Enterprise(number, cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip(),
            LocalDate.parse(cells[5].strip()), status.equals("active"));
    }

    /** The enterprise registered under this number. */
    public Optional<Enterprise> find(EnterpriseNumber number) {
        return Optional.ofNullable(byNumber.get(number));
    }

    /** How many enterprises the extract holds. */
    public int size() {
        return byNumber.size();
    }
}
