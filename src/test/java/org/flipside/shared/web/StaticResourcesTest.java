package org.flipside.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Links to pages are not offered to any resource handler (no catch-all pattern), while web jars are still linked
 * without their version.
 */
class StaticResourcesTest extends WebTestBase {

    @Autowired
    ResourceUrlProvider links;

    @Test
    void onlyTheStaticFoldersHaveResourceHandlers() {
        // the API explorer's own handlers come with springdoc and match only its paths
        assertThat(links.getHandlerMap().keySet()).map(Object::toString).filteredOn(p -> !p.startsWith("/swagger-ui/"))
                .containsExactlyInAnyOrder("/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico");
        assertThat(links.getForLookupPath("/programs/1/pairs")).isNull();
        assertThat(links.getForLookupPath("/webjars/bootstrap/css/bootstrap.min.css"))
                .matches("/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/css/bootstrap.min.css");
    }
}
