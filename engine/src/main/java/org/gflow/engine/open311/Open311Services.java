package org.gflow.engine.open311;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gflow.engine.vocabulary.Vocabulary;
import org.springframework.stereotype.Component;

/**
 * The hotline's categories as Open311 services, named from G-Flow's one vocabulary. Beyond the
 * protocol's standard fields the hotline's filing form asks for the province the complaint is
 * about (it routes the complaint) and, optionally, the language of the messages to the
 * complainant: those are each service's two attributes.
 */
@Component
class Open311Services {

    /** One service of the list ({@code services.json}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(
            @JsonProperty("service_code") String code,
            @JsonProperty("service_name") String name,
            String description,
            boolean metadata,
            String type,
            String keywords,
            String group) {}

    /** A service's definition ({@code services/{code}.json}): what a POST may carry beyond the standard fields. */
    record Definition(@JsonProperty("service_code") String code, List<Attribute> attributes) {}

    /** One attribute of a definition; posted as {@code attribute[code]}. */
    record Attribute(
            boolean variable,
            String code,
            String datatype,
            boolean required,
            @JsonProperty("datatype_description") String datatypeDescription,
            int order,
            String description,
            List<Value> values) {}

    /** One choice of a list attribute. */
    record Value(String key, String name) {}

    /** The attribute naming the province, which routes the complaint. */
    static final String PROVINCE = "province";
    /** The attribute naming the language of the messages to the complainant. */
    static final String LANGUAGE = "language";

    private final Vocabulary vocabulary = Vocabulary.standard();

    List<Service> list(Language language) {
        return vocabulary.hotlineCategories().stream()
                .map(category -> service(category, language))
                .toList();
    }

    Optional<Service> find(String code, Language language) {
        return vocabulary.hotlineCategory(code).map(category -> service(category, language));
    }

    /** The definition of a known service's code. */
    Optional<Definition> definition(String code, Language language) {
        return vocabulary.hotlineCategory(code).map(category -> new Definition(category.code(), attributes(language)));
    }

    private Service service(Vocabulary.Term category, Language language) {
        String name = language.name(category);
        String description = language == Language.LO
                ? "ຄຳຮ້ອງທຸກຕໍ່ສາຍດ່ວນ 1516 ຂອງລັດຖະບານ: " + name
                : "A complaint to the government hotline 1516: " + name;
        return new Service(
                category.code(),
                name,
                description,
                true,
                "realtime",
                String.join(",", category.code(), category.lo(), category.en()),
                language == Language.LO ? "ສາຍດ່ວນ 1516" : "Hotline 1516");
    }

    private List<Attribute> attributes(Language language) {
        boolean lao = language == Language.LO;
        List<Value> provinces = new ArrayList<>();
        vocabulary.provinces().forEach(province -> provinces.add(new Value(province.code(), language.name(province))));
        return List.of(
                new Attribute(
                        true,
                        PROVINCE,
                        "singlevaluelist",
                        true,
                        lao ? "ລະຫັດແຂວງໜຶ່ງ" : "One province's key",
                        1,
                        lao ? "ແຂວງທີ່ບັນຫາເກີດຂຶ້ນ" : "The province where the problem is",
                        provinces),
                new Attribute(
                        true,
                        LANGUAGE,
                        "singlevaluelist",
                        false,
                        lao ? "lo ຫຼື en" : "lo or en",
                        2,
                        lao
                                ? "ພາສາຂອງຂໍ້ຄວາມເຖິງຜູ້ຮ້ອງທຸກ (ພາສາລາວ ຖ້າບໍ່ລະບຸ)"
                                : "The language of the messages to the complainant (Lao when not given)",
                        List.of(new Value("lo", "ພາສາລາວ"), new Value("en", "English"))));
    }
}
