package org.gflow.engine.plugins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gflow.engine.dispatch.IntegrationRegistry;
import org.gflow.engine.errors.ProblemException;
import org.gflow.engine.errors.Problems;
import org.gflow.engine.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/plugins}: list, upload, stop, start and uninstall plugins, download a plugin's
 * element templates for Camunda Modeler, and see or change the signer a plugin is pinned to. Admins only (group {@code gflow-admins}); the security
 * configuration already restricts the path and every method checks again.
 */
@RestController
@RequestMapping("/api/plugins")
class PluginAdminController {

    private static final Logger LOG = LoggerFactory.getLogger(PluginAdminController.class);

    private final PluginHost host;
    private final PluginDirectoryWatcher watcher;
    private final IntegrationRegistry registry;
    private final PluginProperties properties;
    private final PluginSignerPins pins;
    private final Path directory;
    private final ObjectMapper json;

    PluginAdminController(
            PluginHost host,
            PluginDirectoryWatcher watcher,
            IntegrationRegistry registry,
            PluginProperties properties,
            PluginSignerPins pins,
            @Value("${gflow.data-dir}") Path dataDir,
            ObjectMapper json) {
        this.host = host;
        this.watcher = watcher;
        this.registry = registry;
        this.properties = properties;
        this.pins = pins;
        this.directory = PluginHostConfiguration.pluginsDirectory(properties, dataDir);
        this.json = json;
    }

    @GetMapping
    List<PluginView> list(@RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user) {
        requireAdmin(user);
        return host.records().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    PluginView one(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("id") String id) {
        requireAdmin(user);
        return found(id, host.record(id));
    }

    /** Checks the jar, then writes it into the plugins directory, where the watcher installs it. */
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<PluginView> upload(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        requireAdmin(user);
        if (file.isEmpty() || file.getSize() > properties.maxUploadSize().toBytes()) {
            throw refused("the plugin must be a non-empty jar of at most "
                    + properties.maxUploadSize().toMegabytes() + " MB");
        }
        Files.createDirectories(directory);
        // not *.jar, so the watcher ignores it until it is checked and complete
        Path upload = Files.createTempFile(directory, ".upload-", ".part");
        try {
            try (InputStream in = file.getInputStream()) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            PluginJar jar = host.check(upload);
            boolean existed = host.record(jar.symbolicName()).isPresent();
            Files.move(
                    upload,
                    directory.resolve(jar.symbolicName() + ".jar"),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            watcher.scanUntilSettled();
            PluginRecord record = host.record(jar.symbolicName()).orElseThrow();
            return ResponseEntity.status(existed ? HttpStatus.OK : HttpStatus.CREATED)
                    .body(view(record));
        } catch (PluginRejectedException e) {
            throw refused(e.getMessage());
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    @PostMapping("/{id}/stop")
    PluginView stop(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("id") String id) {
        requireAdmin(user);
        return found(id, host.stop(id));
    }

    @PostMapping("/{id}/start")
    PluginView start(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("id") String id) {
        requireAdmin(user);
        return found(id, host.start(id));
    }

    /** Uninstalls; a plugin from the directory loses its jar too, so it stays gone after a restart. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> uninstall(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("id") String id)
            throws IOException {
        requireAdmin(user);
        Optional<PluginRecord> record = host.record(id);
        if (record.isEmpty()) {
            throw notFound(id);
        }
        Path file = record.get().file();
        if (record.get().origin() == PluginOrigin.DIRECTORY && file != null && file.startsWith(directory)) {
            Files.deleteIfExists(file);
            watcher.scan();
        }
        host.uninstall(id);
        return ResponseEntity.noContent().build();
    }

    /** The plugin's element templates as one JSON array, the file Camunda Modeler loads. */
    @GetMapping("/{id}/element-templates")
    ResponseEntity<ArrayNode> elementTemplates(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("id") String id)
            throws IOException {
        requireAdmin(user);
        if (host.record(id).isEmpty()) {
            throw notFound(id);
        }
        ArrayNode templates = json.createArrayNode();
        for (Map.Entry<String, byte[]> template : host.elementTemplates(id).entrySet()) {
            JsonNode node = json.readTree(template.getValue());
            if (node.isArray()) {
                templates.addAll((ArrayNode) node);
            } else {
                templates.add(node);
            }
        }
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"" + id + "-element-templates.json\"")
                .body(templates);
    }

    /** The signer the plugin is pinned to; 404 when it is not pinned (its next trusted signer will be). */
    @GetMapping("/{symbolicName}/signer")
    SignerPinView signer(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("symbolicName") String symbolicName) {
        requireAdmin(user);
        return pins.pinOf(symbolicName).map(SignerPinView::of).orElseThrow(() -> notPinned(symbolicName));
    }

    /**
     * Pins the plugin to the certificate with this SHA-256 fingerprint — the ministry's new signing
     * certificate — and installs a jar of it that was waiting in the directory, refused.
     */
    @PostMapping("/{symbolicName}/signer")
    SignerPinView pin(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("symbolicName") String symbolicName,
            @RequestBody(required = false) PinRequest request) {
        requireAdmin(user);
        if (!PluginJarInspector.isSymbolicName(symbolicName)) {
            throw badPin("'" + symbolicName + "' is not a plugin's symbolic name", "symbolicName");
        }
        String fingerprint;
        try {
            fingerprint = PluginSigner.normalise(request == null ? null : request.fingerprint());
        } catch (IllegalArgumentException e) {
            throw badPin(e.getMessage(), "fingerprint");
        }
        SignerPin pin = pins.pin(symbolicName, fingerprint, user.id());
        LOG.warn("Plugin {} re-pinned by {} to signer {}", symbolicName, user.id(), pin.describe());
        host.retryRefused(symbolicName);
        return SignerPinView.of(pin);
    }

    /** Forgets the pin: the next trusted signer of the plugin is pinned; a refused jar waiting is tried again. */
    @DeleteMapping("/{symbolicName}/signer")
    ResponseEntity<Void> unpin(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("symbolicName") String symbolicName) {
        requireAdmin(user);
        if (!pins.unpin(symbolicName)) {
            throw notPinned(symbolicName);
        }
        LOG.warn("Plugin {} unpinned by {}: its next trusted signer will be pinned", symbolicName, user.id());
        host.retryRefused(symbolicName);
        return ResponseEntity.noContent().build();
    }

    /** {@code {"fingerprint": "AB:CD:…"}}. */
    record PinRequest(String fingerprint) {}

    private static ProblemException notPinned(String symbolicName) {
        return ProblemException.of(
                HttpStatus.NOT_FOUND, "not-found", "plugin '" + symbolicName + "' is not pinned to a signer");
    }

    private static ProblemException badPin(String reason, String field) {
        return new ProblemException(Problems.of(HttpStatus.BAD_REQUEST, "invalid-signer", reason, field, null));
    }

    private PluginView view(PluginRecord record) {
        List<String> topics = record.bundleId() < 0 ? List.of() : registry.topicsOfBundle(record.bundleId());
        return PluginView.of(record, topics, host.settingNames(record.id()));
    }

    private PluginView found(String id, Optional<PluginRecord> record) {
        return record.map(this::view).orElseThrow(() -> notFound(id));
    }

    private static ProblemException notFound(String id) {
        return ProblemException.of(HttpStatus.NOT_FOUND, "not-found", "no plugin '" + id + "'");
    }

    private static ProblemException refused(String reason) {
        return new ProblemException(Problems.of(HttpStatus.BAD_REQUEST, "plugin-refused", reason, "file", null));
    }

    /** The security configuration already restricts the path; checked again here, as every door is. */
    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw ProblemException.of(HttpStatus.FORBIDDEN, "forbidden", "only members of gflow-admins manage plugins");
        }
    }
}
