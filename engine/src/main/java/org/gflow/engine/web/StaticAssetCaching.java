package org.gflow.engine.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.EncodedResourceResolver;

/**
 * How the web app's files travel to a browser on a slow provincial link. The build names every
 * asset after a hash of its content ({@code /assets/index-BCQGF545.js}), so an asset never
 * changes under its name: it is cached for a year without asking again, and sent as the Brotli
 * or gzip copy the build wrote beside it. {@code index.html}, which names the current assets,
 * is revalidated on every load; nothing of the app shell is private, so none of it is
 * {@code no-store} (Spring Security keeps {@code no-store} on the API's private answers).
 */
@Configuration
class StaticAssetCaching implements WebMvcConfigurer {

    private static final String STATIC = "classpath:/static/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations(STATIC + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
        registry.addResourceHandler("/index.html")
                .addResourceLocations(STATIC)
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new EncodedResourceResolver());
    }
}
