package org.gflow.engine.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gflow.engine.vocabulary.Vocabulary.Term;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every place that names an organisation, a province, a hotline category, a permit type or a
 * business type agrees with the vocabulary: the directory's seed, the decision tables, the
 * forms' options (codes and Lao labels), the models' declared value lists, the plugins' layouts
 * and the web app. Reads the sources of the whole repository, so a new list that disagrees
 * fails here, not in front of a citizen.
 */
class VocabularyConsistencyTest {

    private static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    /** Groups that are not a role in an organisation. */
    private static final Set<String> ENGINE_GROUPS = Set.of("camunda-admin", "gflow-admins");

    /** Which list of the vocabulary a variable's values come from. */
    private static final Map<String, List<Term>> LISTS_BY_VARIABLE = Map.of(
            "province", VOCABULARY.provinces(),
            "category", VOCABULARY.hotlineCategories(),
            "permitType", VOCABULARY.permitTypes(),
            "businessType", VOCABULARY.businessTypes(),
            "ministry", organisations(),
            "recipients", organisations(),
            "consultedAgencies", organisations(),
            "responsibleOrg", organisations());

    @Test
    void theDirectoryNamesEveryOrganisationAsTheVocabularyDoes() throws IOException {
        String seed = Files.readString(REPOSITORY.resolve("ldap/src/main/resources/gflow/ldap/seed.ldif"));
        Map<String, List<String>> described = new java.util.TreeMap<>();
        for (String entry : seed.split("\\R\\R")) {
            Matcher organisation = Pattern.compile("^dn: ou=([^,]+),ou=organisations,", Pattern.MULTILINE)
                    .matcher(entry);
            if (organisation.find()) {
                described.put(organisation.group(1), values(entry, "description"));
            }
        }
        Map<String, List<String>> expected = new java.util.TreeMap<>();
        VOCABULARY.organisations().forEach(o -> expected.put(o.code(), List.of(o.lo(), o.en())));
        assertThat(described).isEqualTo(expected);

        Set<String> codes = codes(organisations());
        assertThat(values(seed, "o").stream().filter(o -> !o.equals("G-Flow")).collect(Collectors.toSet()))
                .as("people's organisations")
                .isSubsetOf(codes);
        Matcher group =
                Pattern.compile("^dn: cn=([^,]+),ou=groups,", Pattern.MULTILINE).matcher(seed);
        while (group.find()) {
            String id = group.group(1);
            if (!ENGINE_GROUPS.contains(id)) {
                assertThat(codes).as("the organisation of group %s", id).contains(id.substring(0, id.indexOf('-')));
            }
        }
    }

    @Test
    void groupsAndTitlesInTheDirectoryNameTheirOrganisationAsTheVocabularyDoes() throws IOException {
        String seed = Files.readString(REPOSITORY.resolve("ldap/src/main/resources/gflow/ldap/seed.ldif"));
        int checked = 0;
        for (String entry : seed.split("\\R\\R")) {
            List<String> organisation = values(entry, "o");
            if (organisation.size() != 1
                    || VOCABULARY.organisation(organisation.get(0)).isEmpty()) {
                continue;
            }
            var names = VOCABULARY.organisation(organisation.get(0)).orElseThrow();
            String dn = values(entry, "dn").get(0);
            // a role's description ends with its organisation's Lao name: "ກວດສອບຄຳຮ້ອງທຸກ — ແຂວງບໍ່ແກ້ວ"
            for (String description : values(entry, "description")) {
                if (description.contains(" — ")) {
                    assertThat(description.substring(description.indexOf(" — ") + 3))
                            .as(dn)
                            .isEqualTo(names.lo());
                    checked++;
                }
            }
            // a title names the function, then the organisation: "Licence director, Ministry of …"
            for (String title : values(entry, "title")) {
                if (title.contains(", ")) {
                    assertThat(title.substring(title.indexOf(", ") + 2)).as(dn).isIn(names.lo(), names.en());
                    checked++;
                }
            }
        }
        assertThat(checked).as("descriptions and titles checked").isGreaterThan(100);
    }

    @Test
    void decisionTablesRouteOnlyToKnownOrganisations() throws Exception {
        List<Path> tables = sources("dmn");
        assertThat(tables).isNotEmpty();
        Set<String> codes = codes(organisations());
        Map<String, List<String>> directoryGroups = directoryGroups();
        DocumentBuilderFactory parsers = DocumentBuilderFactory.newInstance();
        parsers.setNamespaceAware(true);
        int checked = 0;
        for (Path table : tables) {
            var document = parsers.newDocumentBuilder().parse(table.toFile());
            NodeList decisionTables = document.getElementsByTagNameNS("*", "decisionTable");
            for (int t = 0; t < decisionTables.getLength(); t++) {
                Element decisionTable = (Element) decisionTables.item(t);
                List<String> outputs = new ArrayList<>();
                NodeList outputNodes = decisionTable.getElementsByTagNameNS("*", "output");
                for (int o = 0; o < outputNodes.getLength(); o++) {
                    outputs.add(((Element) outputNodes.item(o)).getAttribute("name"));
                }
                NodeList rules = decisionTable.getElementsByTagNameNS("*", "rule");
                for (int r = 0; r < rules.getLength(); r++) {
                    NodeList entries = ((Element) rules.item(r)).getElementsByTagNameNS("*", "outputEntry");
                    for (int e = 0; e < entries.getLength(); e++) {
                        String output = outputs.get(e);
                        String value = entries.item(e).getTextContent().strip().replace("\"", "");
                        if (output.equals("ministry") || output.endsWith("Org")) {
                            assertThat(codes)
                                    .as("%s of %s", output, table.getFileName())
                                    .contains(value);
                            checked++;
                        } else if (output.endsWith("Group")) {
                            assertThat(codes)
                                    .as("%s of %s", output, table.getFileName())
                                    .contains(value.substring(0, value.indexOf('-')));
                            assertThat(directoryGroups)
                                    .as("%s of %s: a group of the directory with members", output, table.getFileName())
                                    .containsKey(value);
                            assertThat(directoryGroups.get(value)).as(value).isNotEmpty();
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).as("routing outputs checked").isGreaterThanOrEqualTo(20);
    }

    @Test
    void transportBelongsToPublicWorksAndTransportNotToTechnology() {
        var mpwt = VOCABULARY.organisation("mpwt").orElseThrow();
        assertThat(List.of(mpwt.kind(), mpwt.lo(), mpwt.en()))
                .containsExactly("ministry", "ກະຊວງໂຍທາທິການ ແລະ ຂົນສົ່ງ", "Ministry of Public Works and Transport");
        assertThat(VOCABULARY.organisation("mtc").orElseThrow().en())
                .isEqualTo("Ministry of Technology and Communications");
    }

    @Test
    void laoNamesAreWrittenAsTheRestOfTheLaoText() {
        List<Term> all = Stream.of(
                        organisations(),
                        VOCABULARY.provinces(),
                        VOCABULARY.hotlineCategories(),
                        VOCABULARY.permitTypes(),
                        VOCABULARY.businessTypes())
                .flatMap(List::stream)
                .toList();
        for (Term term : all) {
            String lo = term.lo();
            assertThat(lo)
                    .as(term.code())
                    .isEqualTo(java.text.Normalizer.normalize(lo, java.text.Normalizer.Form.NFC))
                    // Lao words, one space between them (no invisible or doubled spaces), a hyphen
                    // only inside a word pair such as ນຳເຂົ້າ-ສົ່ງອອກ
                    .matches("[\\u0E80-\\u0EFF]+([ -][\\u0E80-\\u0EFF]+)*");
            // "and" stands between the two parts of a name with a space on each side: "… ແລະ …"
            assertThat(lo.replace(" ແລະ ", " ")).as(term.code()).doesNotContain("ແລະ");
        }
    }

    @Test
    void formsOfferTheVocabularysCodesUnderItsLaoNames() throws IOException {
        List<Path> forms = sources("form");
        assertThat(forms).isNotEmpty();
        List<String> checked = new ArrayList<>();
        for (Path form : forms) {
            for (JsonNode field : JSON.readTree(form.toFile()).findParents("values")) {
                List<Term> list = LISTS_BY_VARIABLE.get(field.path("key").asText());
                if (list == null) {
                    continue;
                }
                for (JsonNode option : field.get("values")) {
                    String where = form.getFileName() + " " + field.path("key").asText() + "="
                            + option.path("value").asText();
                    Term term = list.stream()
                            .filter(t -> t.code().equals(option.path("value").asText()))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError("unknown code in " + where));
                    assertThat(option.path("label").asText()).as(where).isEqualTo(term.lo());
                    checked.add(where);
                }
            }
        }
        assertThat(checked).as("options checked").hasSizeGreaterThan(50);
    }

    @Test
    void modelsAcceptExactlyTheVocabularysCodes() throws IOException {
        Pattern declaration = Pattern.compile("gflow\\.variable\\.(\\w+)\" value=\"[^\"]*oneOf=([^\" ]+)");
        int checked = 0;
        for (Path model : sources("bpmn")) {
            Matcher matcher = declaration.matcher(Files.readString(model));
            while (matcher.find()) {
                List<Term> list = LISTS_BY_VARIABLE.get(matcher.group(1));
                if (list == null) {
                    continue;
                }
                Set<String> accepted =
                        new TreeSet<>(Arrays.asList(matcher.group(2).split("\\|")));
                String where = model.getFileName() + " " + matcher.group(1);
                if (matcher.group(1).equals("ministry")) {
                    assertThat(accepted).as(where).isEqualTo(ministries());
                } else {
                    assertThat(accepted).as(where).isEqualTo(codes(list));
                }
                checked++;
            }
        }
        assertThat(checked).as("declarations checked").isGreaterThanOrEqualTo(6);
    }

    @Test
    void documentLayoutsNameTheirIssuerAsTheVocabularyDoes() throws IOException {
        Path licence = REPOSITORY.resolve(
                "plugins/moic-business-licence/src/main/resources/gflow/documents/certificate-business-licence.json");
        JsonNode issuer = JSON.readTree(licence.toFile()).path("issuer");
        var moic = VOCABULARY.organisation("moic").orElseThrow();
        assertThat(List.of(issuer.path("lo").asText(), issuer.path("en").asText()))
                .isEqualTo(List.of(moic.lo(), moic.en()));
        assertThat(JSON.readTree(licence.toFile()).path("title").path("lo").asText())
                .isEqualTo(
                        VOCABULARY.permitType("business-licence").orElseThrow().lo());
    }

    @Test
    void theWebAppTakesItsNamesFromTheVocabulary() throws IOException {
        Pattern namedCode = Pattern.compile("'(org|province|category|permitType|businessType)\\.[\\w-]+'\\s*:");
        Pattern codeList = Pattern.compile("\\[\\s*'(opm|moic|vientiane|business|trade)',");
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve("web/src"))) {
            for (Path file : files.filter(p ->
                            p.toString().matches(".*\\.tsx?$") && !p.toString().contains(".test."))
                    .toList()) {
                String source = Files.readString(file);
                assertThat(namedCode.matcher(source).find())
                        .as("%s names codes itself", file)
                        .isFalse();
                assertThat(codeList.matcher(source).find())
                        .as("%s lists codes itself", file)
                        .isFalse();
            }
        }
        assertThat(Files.readString(REPOSITORY.resolve("web/src/vocabulary/vocabulary.ts")))
                .contains("plugins/api/src/main/resources/" + Vocabulary.RESOURCE);
    }

    /** The directory's groups by name, each with its members. */
    private static Map<String, List<String>> directoryGroups() throws IOException {
        String seed = Files.readString(REPOSITORY.resolve("ldap/src/main/resources/gflow/ldap/seed.ldif"));
        Map<String, List<String>> groups = new java.util.TreeMap<>();
        for (String entry : seed.split("\\R\\R")) {
            Matcher group = Pattern.compile("^dn: cn=([^,]+),ou=groups,", Pattern.MULTILINE)
                    .matcher(entry);
            if (group.find()) {
                groups.put(group.group(1), values(entry, "member"));
            }
        }
        return groups;
    }

    private static List<Term> organisations() {
        return VOCABULARY.organisations().stream()
                .map(Vocabulary.Organisation::term)
                .toList();
    }

    private static Set<String> ministries() {
        return VOCABULARY.organisations().stream()
                .filter(o -> o.kind().equals("ministry"))
                .map(Vocabulary.Organisation::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> codes(List<Term> terms) {
        return terms.stream().map(Term::code).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> values(String ldif, String attribute) {
        return Pattern.compile("^" + attribute + ": (.*)$", Pattern.MULTILINE)
                .matcher(ldif)
                .results()
                .map(match -> match.group(1).strip())
                .toList();
    }

    /** The shipped resources (processes and plugins) with this extension. */
    private static List<Path> sources(String extension) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String root : List.of("processes/src/main/resources", "plugins")) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(root))) {
                files.filter(p -> p.toString().endsWith("." + extension))
                        .filter(p -> p.toString().contains("/src/main/resources/"))
                        .forEach(found::add);
            }
        }
        return found;
    }
}
