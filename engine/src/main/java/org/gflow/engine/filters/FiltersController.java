package org.gflow.engine.filters;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.gflow.engine.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Saved inbox filters under {@code /api/inbox/filters}; see the package documentation. A filter's
 * body is read strictly by {@link FilterDrafts} (an unknown field is a 400 naming it), so it comes
 * in as JSON and is described as a {@link FilterDraft}.
 */
@RestController
@RequestMapping("/api/inbox/filters")
class FiltersController {

    private static final String USER = CurrentUser.REQUEST_ATTRIBUTE;

    private final SavedFilters filters;
    private final FilterDrafts drafts;

    FiltersController(SavedFilters filters, FilterDrafts drafts) {
        this.filters = filters;
        this.drafts = drafts;
    }

    @GetMapping
    List<SavedFilter> savedFilters(
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        return filters.list(user, language);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    SavedFilter saveFilter(
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = FilterDraft.class)))
                    @RequestBody
                    JsonNode body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        return filters.create(drafts.read(body), user, language);
    }

    @PutMapping("/{filterId}")
    SavedFilter changeFilter(
            @PathVariable("filterId") String filterId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content = @Content(schema = @Schema(implementation = FilterDraft.class)))
                    @RequestBody
                    JsonNode body,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String language,
            @RequestAttribute(USER) CurrentUser user) {
        return filters.update(filterId, drafts.read(body), user, language);
    }

    @DeleteMapping("/{filterId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteFilter(@PathVariable("filterId") String filterId, @RequestAttribute(USER) CurrentUser user) {
        filters.delete(filterId, user);
    }
}
