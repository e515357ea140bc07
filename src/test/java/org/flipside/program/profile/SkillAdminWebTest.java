package org.flipside.program.profile;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.flipside.identity.Role;
import org.flipside.program.ProgramTestUsers;
import org.flipside.testing.Unique;
import org.flipside.testing.WebTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators extend the skill taxonomy on /admin/skills and over the API; everyone reads it. */
class SkillAdminWebTest extends WebTestBase {

    private final String admin = Unique.username("admin");

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(authentication(ProgramTestUsers.signedIn(admin, Role.ADMIN)));
    }

    private static MockHttpServletRequestBuilder asEmployee(MockHttpServletRequestBuilder request) {
        return request.with(authentication(ProgramTestUsers.signedIn(Unique.username("emp"), Role.EMPLOYEE)));
    }

    private static String code(String prefix) {
        return prefix + "-" + Unique.username("s").replace('.', '-');
    }

    @Test
    void anAdministratorAddsAndRetiresASkillOnThePage() throws Exception {
        String code = code("team-podcasts");

        mvc.perform(asAdmin(post("/admin/skills")).with(csrf()).param("code", code).param("name", "Team podcasts")
                        .param("category", "SOCIAL_MEDIA"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/admin/skills"));
        mvc.perform(asAdmin(get("/admin/skills")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Team podcasts")))
                .andExpect(content().string(containsString("Writing good prompts")));
        mvc.perform(asAdmin(post("/admin/skills/" + code + "/retire")).with(csrf()))
                .andExpect(status().isFound());

        mvc.perform(asEmployee(get("/api/v1/skills")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", not(hasItem(code))))
                .andExpect(jsonPath("$[*].code", hasItem("prompt-writing")));
        mvc.perform(asEmployee(get("/api/v1/skills").param("retired", "true")))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].retired").value(hasItem(true)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')].custom").value(hasItem(true)));
    }

    @Test
    void aRefusedSkillShowsEveryProblemOnThePage() throws Exception {
        mvc.perform(asAdmin(post("/admin/skills")).with(csrf()).param("code", "Not A Code").param("name", "x")
                        .param("category", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("lower-case letters")))
                .andExpect(content().string(containsString("2 to 100 characters")))
                .andExpect(content().string(containsString("Choose a category.")));
    }

    @Test
    void theApiAddsRetiresAndNamesEveryProblem() throws Exception {
        String code = code("vr-meetings");

        mvc.perform(asAdmin(post("/api/v1/skills")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": \"Meetings in VR\", \"category\": \"COLLABORATION\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Meetings in VR"))
                .andExpect(jsonPath("$.custom").value(true));
        mvc.perform(asAdmin(post("/api/v1/skills")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"code\": \"" + code + "\", \"name\": \"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("code", "name", "category")))
                .andExpect(jsonPath("$.errors[0].code").value("skill.code.taken"));
        mvc.perform(asAdmin(post("/api/v1/skills/" + code + "/retire")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.retired").value(true));
        mvc.perform(asAdmin(post("/api/v1/skills/" + code + "/retire"))).andExpect(status().isConflict());
        mvc.perform(asAdmin(post("/api/v1/skills/no-such-skill/retire"))).andExpect(status().isNotFound());
    }

    @Test
    void shippedSkillsAreNamedFromTheBundle() throws Exception {
        mvc.perform(asEmployee(get("/api/v1/skills")))
                .andExpect(jsonPath("$[?(@.code == 'generational-perspectives')].name").value(hasItem("How different generations see work")))
                .andExpect(jsonPath("$[?(@.code == 'generational-perspectives')].category").value(hasItem("INCLUSION")));
    }
}
