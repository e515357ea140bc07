package org.flipside.testing;

import org.flipside.FlipsideApplication;
import org.flipside.audit.AuditSearch;
import org.flipside.audit.AuditTrail;
import org.flipside.identity.AccountView;
import org.flipside.identity.Role;
import org.flipside.identity.account.AccountService;
import org.flipside.identity.token.ApiTokenService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The running application on a random port with its own in-memory H2 database. Every web, security and browser
 * test extends this class unchanged, so they all share one Spring context (and one server). Tests create their
 * own uniquely named accounts; requests over real HTTP come from a made-up client address of their own (see
 * {@link HttpUser}) so sign-in throttling by address never mixes tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = {FlipsideApplication.class, TestClockConfiguration.class,
                InlineListenersConfiguration.class},
        properties = {
                "spring.datasource.url=jdbc:h2:mem:web;DB_CLOSE_DELAY=-1",
                "flipside.demo=false",
                // Pages read figures afresh, so a test sees what it has just written; SnapshotsTest covers the cache.
                "flipside.figures.cache-seconds=0",
                // A value unlike any default, so the idle-timeout test proves the property is what applies.
                "spring.session.timeout=25m"})
@AutoConfigureMockMvc
public abstract class WebTestBase {

    @LocalServerPort
    protected int port;
    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected AccountService accounts;
    @Autowired
    protected ApiTokenService tokens;
    @Autowired
    protected AuditTrail auditTrail;
    @Autowired
    protected TestClock clock;

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** A browser-like HTTP client with its own cookie jar and its own client address. */
    protected HttpUser newHttpUser() {
        return new HttpUser(baseUrl(), Unique.address());
    }

    protected AccountView newAccount(String prefix, Role... roles) {
        return TestAccounts.open(accounts, prefix, roles);
    }

    protected long auditCount(String actor, String action, String target) {
        return auditTrail.search(new AuditSearch(actor, action, null, target, null, null), 0, 1).totalItems();
    }
}
