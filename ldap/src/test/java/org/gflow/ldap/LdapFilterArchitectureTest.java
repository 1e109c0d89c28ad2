package org.gflow.ldap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.unboundid.ldap.sdk.Filter;
import com.unboundid.ldap.sdk.LDAPException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Filters are built only with the SDK's factories, which escape every value. Parsing a filter
 * from a string — {@code Filter.create(String)}, or any search API that takes its filter as a
 * string — is what string concatenation needs, so banning it bans building filters by
 * concatenation.
 */
class LdapFilterArchitectureTest {

    static final ArchRule NO_STRING_FILTERS = noClasses()
            .that()
            .resideInAPackage("org.gflow..")
            .should()
            .callCodeUnitWhere(JavaCall.Predicates.target(parsesAFilterString()))
            .because("filter strings built from input are LDAP injection; use DirectoryFilters / Filter.createXxx");

    @Test
    void productionCodeNeverParsesFilterStrings() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.gflow.ldap");
        assertThat(production).isNotEmpty();
        NO_STRING_FILTERS.check(production);
    }

    @Test
    void theRuleCatchesAStringFilter() {
        JavaClasses offender = new ClassFileImporter().importClasses(StringFilterOffender.class);
        EvaluationResult result = NO_STRING_FILTERS.evaluate(offender);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("Filter.create(java.lang.String)"));
    }

    /** The kind of code the rule exists to stop. */
    static class StringFilterOffender {
        Filter byUid(String uid) throws LDAPException {
            return Filter.create("(uid=" + uid + ")");
        }
    }

    private static DescribedPredicate<CodeUnitCallTarget> parsesAFilterString() {
        return new DescribedPredicate<>("a method that parses an LDAP filter from a string") {
            @Override
            public boolean test(CodeUnitCallTarget target) {
                String owner = target.getOwner().getName();
                List<String> parameters = target.getRawParameterTypes().stream()
                        .map(HasName::getName)
                        .toList();
                if (owner.equals(Filter.class.getName())) {
                    return target.getName().equals("create") && parameters.equals(List.of(String.class.getName()));
                }
                boolean searchApi = owner.startsWith("com.unboundid.ldap.sdk.")
                        && (target.getName().startsWith("search")
                                || target.getName().equals("count")
                                || owner.equals("com.unboundid.ldap.sdk.SearchRequest")
                                        && target.getName().equals("<init>"));
                boolean takesScope = parameters.contains("com.unboundid.ldap.sdk.SearchScope");
                boolean takesFilter = parameters.contains(Filter.class.getName());
                return searchApi && takesScope && !takesFilter;
            }
        };
    }
}
