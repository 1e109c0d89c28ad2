package org.gflow.engine.plugins;

import java.util.Locale;
import java.util.Map;
import org.gflow.engine.errors.BadRequestException;
import org.gflow.engine.errors.ProblemException;
import org.gflow.plugin.api.PluginMessages;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plugin's texts for the web app's pages and labels, in Lao or English (Lao filling the gaps).
 * Public, like the pages that show them: message bundles hold labels, never data.
 */
@RestController
class PluginMessagesController {

    private final PluginHost host;

    PluginMessagesController(PluginHost host) {
        this.host = host;
    }

    @GetMapping("/api/public/plugins/{id}/messages")
    ResponseEntity<Map<String, String>> messages(
            @PathVariable("id") String id, @RequestParam(name = "lang", defaultValue = "lo") String lang) {
        if (!lang.equals("lo") && !lang.equals("en")) {
            throw new BadRequestException("lang", "lang is lo or en", "bad-language");
        }
        Locale locale = lang.equals("en") ? Locale.ENGLISH : PluginMessages.LAO;
        return host.messages(id)
                .map(messages ->
                        ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(messages.all(locale)))
                .orElseThrow(() -> ProblemException.of(HttpStatus.NOT_FOUND, "not-found", "no plugin '" + id + "'"));
    }
}
