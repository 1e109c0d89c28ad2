package org.gflow.engine.vocabulary;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * G-Flow's one source for the codes people are shown by name: organisations (ministries and
 * provinces that work on G-Flow), the country's provinces, hotline categories, permit types and
 * business types, each with its Lao and English name. Read once from
 * {@value #RESOURCE} in the plugin API's jar; the engine, its documents, the public
 * {@code /api/public/vocabulary} endpoint and the web app's build all use that one file, and
 * {@code VocabularyConsistencyTest} fails when a form, a decision table, the directory or the
 * web app names a code differently.
 *
 * @param organisations the organisations, ministries first
 * @param provinces the provinces, in the order forms list them
 * @param hotlineCategories the subjects a hotline complaint is filed under
 * @param permitTypes the permits and licences a case may be for
 * @param businessTypes the types of business a business licence is for
 */
public record Vocabulary(
        List<Organisation> organisations,
        List<Term> provinces,
        List<Term> hotlineCategories,
        List<Term> permitTypes,
        List<Term> businessTypes) {

    /** Where the file lives on the class path. */
    public static final String RESOURCE = "org/gflow/plugin/api/vocabulary/vocabulary.json";

    /** A code and its names. */
    public record Term(String code, String lo, String en) {}

    /**
     * An organisation: its code is the directory's {@code ou} and its groups' prefix
     * ({@code moic-licence-reviewers}).
     *
     * @param kind {@code ministry} or {@code province}
     */
    public record Organisation(
            String code,

            @Schema(allowableValues = {"ministry", "province"})
            String kind,

            String lo,
            String en) {

        /** The organisation as a plain term. */
        public Term term() {
            return new Term(code, lo, en);
        }
    }

    public Vocabulary {
        organisations = List.copyOf(organisations);
        provinces = List.copyOf(provinces);
        hotlineCategories = List.copyOf(hotlineCategories);
        permitTypes = List.copyOf(permitTypes);
        businessTypes = List.copyOf(businessTypes);
    }

    /** The vocabulary G-Flow ships, read once. */
    public static Vocabulary standard() {
        return Standard.VOCABULARY;
    }

    /** The organisation with this code ({@code moic}), if G-Flow knows it. */
    public Optional<Organisation> organisation(Object code) {
        String wanted = code == null ? null : code.toString().strip();
        return organisations.stream()
                .filter(organisation -> organisation.code().equals(wanted))
                .findFirst();
    }

    /** The province with this code ({@code vientiane-province}). */
    public Optional<Term> province(Object code) {
        return find(provinces, code);
    }

    /** The hotline category with this code ({@code public-service}). */
    public Optional<Term> hotlineCategory(Object code) {
        return find(hotlineCategories, code);
    }

    /** The permit type with this code ({@code business-licence}). */
    public Optional<Term> permitType(Object code) {
        return find(permitTypes, code);
    }

    /** The business type with this code ({@code trade}). */
    public Optional<Term> businessType(Object code) {
        return find(businessTypes, code);
    }

    /**
     * The name of a case variable's code, for the variables that hold one: {@code ministry},
     * {@code responsibleOrg} (organisations), {@code province}, {@code category},
     * {@code permitType} and {@code businessType}. Empty for any other variable or an unknown code.
     */
    public Optional<Term> termOf(String variable, Object code) {
        return switch (variable) {
            case "ministry", "responsibleOrg" -> organisation(code).map(Organisation::term);
            case "province" -> province(code);
            case "category" -> hotlineCategory(code);
            case "permitType" -> permitType(code);
            case "businessType" -> businessType(code);
            default -> Optional.empty();
        };
    }

    private static Optional<Term> find(List<Term> terms, Object code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.toString().strip();
        return terms.stream().filter(term -> term.code().equals(wanted)).findFirst();
    }

    /** Reads a vocabulary file. */
    public static Vocabulary read(InputStream json) throws IOException {
        return new ObjectMapper().readValue(json, Vocabulary.class);
    }

    /** Holder idiom: the file is read on first use, by whichever thread comes first. */
    private static final class Standard {

        static final Vocabulary VOCABULARY = load();

        private static Vocabulary load() {
            try (InputStream json = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (json == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the class path");
                }
                return read(json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }
}
