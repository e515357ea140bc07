package org.flipside.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.TreeSet;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The published API description stays true: every API endpoint is in it, and it says how to authenticate. */
class ApiDocumentationTest extends WebTestBase {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    ObjectMapper json;

    @Test
    void everyApiEndpointIsDocumentedWithTheBearerScheme() throws Exception {
        String body = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode document = json.readTree(body);

        Set<String> documented = new TreeSet<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(operation -> documented.add(operation.getKey().toUpperCase() + " " + path.getKey())));
        Set<String> implemented = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/v1/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(verb -> implemented.add(verb.name() + " " + pattern))));

        assertThat(implemented).isNotEmpty();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(implemented);
        assertThat(document.at("/info/title").asString()).isEqualTo("Flipside API");
        assertThat(document.at("/components/securitySchemes/personalToken/scheme").asString()).isEqualTo("bearer");
        assertThat(document.at("/security/0").has("personalToken")).isTrue();
    }
}
