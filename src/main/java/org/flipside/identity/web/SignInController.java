package org.flipside.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page and the two pages the security filters forward to. Spring Security handles POST /login. */
@Controller
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "identity/login";
    }

    /** Reached by forward from the throttle filter, which already set status 429 and Retry-After. */
    @RequestMapping("/login/throttled")
    String throttled() {
        return "identity/throttled";
    }

    /** Reached by forward from the access-denied handler, which already set status 403. */
    @RequestMapping("/access-denied")
    String accessDenied() {
        return "error/403";
    }
}
