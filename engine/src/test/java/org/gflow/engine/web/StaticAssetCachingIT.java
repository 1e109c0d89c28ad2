package org.gflow.engine.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gflow.engine.Api;
import org.gflow.engine.EngineIT;
import org.junit.jupiter.api.Test;

/**
 * A browser on a slow link downloads the app once, compressed, and then keeps it: hashed assets
 * are immutable for a year and sent as Brotli or gzip; the page that names them is revalidated;
 * the API's JSON is compressed too.
 */
class StaticAssetCachingIT extends EngineIT {

    private static final Pattern ENTRY_SCRIPT = Pattern.compile("src=\"(/assets/index-[^\"]+\\.js)\"");
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void hashedAssetsAreCachedForAYearAndSentCompressed() throws Exception {
        String script = entryScript();
        HttpResponse<byte[]> plain = get(script, "identity");
        HttpResponse<byte[]> brotli = get(script, "br, gzip");
        HttpResponse<byte[]> gzip = get(script, "gzip");

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(brotli.headers().firstValue("Content-Encoding")).hasValue("br");
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(brotli.body().length).isLessThan(plain.body().length / 2);
        assertThat(brotli.headers().allValues("Vary")).anyMatch(v -> v.contains("Accept-Encoding"));
        assertThat(brotli.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000", "public", "immutable")
                .doesNotContain("no-store");
    }

    @Test
    void theAppShellIsRevalidatedNotStored() throws Exception {
        HttpResponse<byte[]> index = get("/", "gzip");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Cache-Control").orElse(""))
                .contains("no-cache")
                .doesNotContain("no-store");
    }

    @Test
    void apiAnswersAreCompressedAndNeverStored() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/process-definition"))
                .header("Accept-Encoding", "gzip")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<byte[]> definitions = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(definitions.statusCode()).isEqualTo(200);
        assertThat(definitions.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(definitions.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(Api.as(baseUrl(), "admin")
                        .get("/api/auth/session")
                        .raw()
                        .headers()
                        .allValues("Cache-Control"))
                .containsExactly("no-store");
    }

    private String entryScript() throws IOException, InterruptedException {
        String page = new String(get("/", "identity").body(), StandardCharsets.UTF_8);
        Matcher script = ENTRY_SCRIPT.matcher(page);
        assertThat(script.find()).as("the app's entry script in " + page).isTrue();
        return script.group(1);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(URI.create(baseUrl() + path))
                        .header("Accept-Encoding", acceptEncoding)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
