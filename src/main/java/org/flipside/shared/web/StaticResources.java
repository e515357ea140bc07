package org.flipside.shared.web;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Style sheets, scripts and images, served under their own paths only ({@code spring.web.resources.add-mappings} is
 * off). Every link a page builds is offered to the resource handlers whose pattern matches it, so that web jars can
 * be linked without their version; with the usual catch-all {@code /**} handler each link to a page (tens per page)
 * was looked up on the class path on every request, under a lock shared by all requests.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    /** The same for everyone: browsers may keep them an hour. Pages themselves stay no-store. */
    private static final CacheControl KEEP = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(KEEP).resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        // a handler serves the part of the path its pattern's wildcard matched, so each folder has its own
        for (String folder : new String[] {"css", "js", "images"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .setCacheControl(KEEP).resourceChain(true);
        }
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/").setCacheControl(KEEP)
                .resourceChain(true);
    }
}
