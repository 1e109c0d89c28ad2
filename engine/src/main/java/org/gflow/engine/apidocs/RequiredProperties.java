package org.gflow.engine.apidocs;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Marks every property of G-Flow's answers as required: the engine writes each field of its
 * records, {@code null} or not, so a client may count on finding it — and the web app's generated
 * types then say {@code name: string}, not {@code name?: string}. A type that leaves out its empty
 * fields ({@code @JsonInclude(NON_NULL)}, such as a public status) keeps them optional, and so do
 * types that are not G-Flow's (Spring's problem detail).
 */
final class RequiredProperties implements OpenApiCustomizer {

    private final String basePackage;

    RequiredProperties(String basePackage) {
        this.basePackage = basePackage;
    }

    /** The simple names of G-Flow's types in the package, all of them or only those with {@code @JsonInclude}. */
    private Set<String> typeNames(boolean onlyLeavingOutEmptyFields) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(
                onlyLeavingOutEmptyFields ? new AnnotationTypeFilter(JsonInclude.class) : (reader, factory) -> true);
        return scanner.findCandidateComponents(basePackage).stream()
                .map(RequiredProperties::describedName)
                .collect(Collectors.toSet());
    }

    /** The name the description gives a type: its own {@code @Schema(name)}, else its simple name. */
    private static String describedName(BeanDefinition candidate) {
        if (candidate instanceof AnnotatedBeanDefinition annotated) {
            MergedAnnotation<io.swagger.v3.oas.annotations.media.Schema> named =
                    annotated.getMetadata().getAnnotations().get(io.swagger.v3.oas.annotations.media.Schema.class);
            if (named.isPresent() && !named.getString("name").isEmpty()) {
                return named.getString("name");
            }
        }
        String binaryName = candidate.getBeanClassName();
        return binaryName.substring(Math.max(binaryName.lastIndexOf('.'), binaryName.lastIndexOf('$')) + 1);
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        // read only when the description is asked for, not at every start
        Set<String> gflowTypes = typeNames(false);
        Set<String> leavingOutEmptyFields = typeNames(true);
        for (Map.Entry<String, Schema> entry :
                openApi.getComponents().getSchemas().entrySet()) {
            Schema<?> schema = entry.getValue();
            if (schema.getProperties() != null
                    && gflowTypes.contains(entry.getKey())
                    && !leavingOutEmptyFields.contains(entry.getKey())) {
                schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
            }
        }
    }
}
