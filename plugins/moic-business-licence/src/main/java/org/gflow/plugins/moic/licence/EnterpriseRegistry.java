package org.gflow.plugins.moic.licence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An enterprise registry extract: the one the plugin ships ({@code gflow/registry/enterprises.csv}) or
 * one on the engine's disk named by the {@code registry-source} setting. CSV in UTF-8, one
 * enterprise per line: number, Lao name, English name, province, business type, registration
 * date, status {@code active}/{@code dissolved}). Read once; immutable; thread-safe.
 */
public final class EnterpriseRegistry {

    /** Where the extract sits in the bundle: under gflow/, as the engine expects of plugin resources. */
    static final String SHIPPED = "/gflow/registry/enterprises.csv";
    /** The {@code registry-source} that names the shipped extract (the setting's default). */
    public static final String SHIPPED_SOURCE = "shipped";

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
     * The registry named by the plugin's {@code registry-source} setting: {@value #SHIPPED_SOURCE} for the
     * extract inside the plugin, otherwise the path of a CSV extract on the engine's disk (the same
     * columns), which the ministry replaces when its registry publishes a new one.
     */
    public static EnterpriseRegistry from(String source) {
        if (SHIPPED_SOURCE.equals(source.strip())) {
            return shipped();
        }
        Path file = Path.of(source.strip());
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the enterprise registry extract " + file, e);
        }
    }

    /**
     * Reads a registry extract; the first line is the header. Cells may be quoted, so a name may
     * hold a comma.
     *
     * @throws IllegalArgumentException naming the line that is malformed or repeats a number
     */
    public static EnterpriseRegistry read(InputStream csv) throws IOException {
        Map<EnterpriseNumber, Enterprise> enterprises = new LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(csv, StandardCharsets.UTF_8), format)) {
            for (CSVRecord record : parser) {
                // the header is record 1, so a record's number is its line in an extract without blank lines
                long lineNumber = record.getRecordNumber();
                if (lineNumber == 1) {
                    continue; // the header
                }
                Enterprise enterprise = parseRecord(record, lineNumber);
                if (enterprises.putIfAbsent(enterprise.number(), enterprise) != null) {
                    throw new IllegalArgumentException(
                            "line " + lineNumber + ": number " + enterprise.number() + " appears twice");
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new EnterpriseRegistry(enterprises);
    }

    private static Enterprise parseRecord(CSVRecord cells, long lineNumber) {
        if (cells.size() != COLUMNS) {
            throw new IllegalArgumentException(
                    "line " + lineNumber + ": expected " + COLUMNS + " columns, got " + cells.size());
        }
        EnterpriseNumber number = EnterpriseNumber.parse(cells.get(0))
                .orElseThrow(() -> new IllegalArgumentException(
                        "line " + lineNumber + ": bad enterprise number '" + cells.get(0) + "'"));
        String status = cells.get(6);
        if (!status.equals("active") && !status.equals("dissolved")) {
            throw new IllegalArgumentException(
                    "line " + lineNumber + ": status must be active or dissolved, got '" + status + "'");
        }
        return new Enterprise(
                number,
                cells.get(1),
                cells.get(2),
                cells.get(3),
                cells.get(4),
                LocalDate.parse(cells.get(5)),
                status.equals("active"));
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
