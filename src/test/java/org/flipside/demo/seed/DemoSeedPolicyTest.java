package org.flipside.demo.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoSeedPolicyTest {

    @Test
    void seedsAnEmptyEmbeddedInstallationWhenDemoIsOn() {
        assertThat(new DemoSeedPolicy(true, Set.of(), true).shouldSeed()).isTrue();
        assertThat(new DemoSeedPolicy(true, Set.of("dev"), true).shouldSeed()).isTrue();
    }

    @Test
    void neverSeedsTheProductionProfile() {
        DemoSeedPolicy policy = new DemoSeedPolicy(true, Set.of("postgres"), true);
        assertThat(policy.shouldSeed()).isFalse();
        assertThat(policy.reason()).contains("postgres");
        assertThat(new DemoSeedPolicy(true, Set.of("dev", "postgres"), true).shouldSeed()).isFalse();
    }

    @Test
    void leavesADatabaseInUseAlone() {
        DemoSeedPolicy policy = new DemoSeedPolicy(true, Set.of(), false);
        assertThat(policy.shouldSeed()).isFalse();
        assertThat(policy.reason()).contains("already");
    }

    @Test
    void doesNothingWhenDemoIsOff() {
        assertThat(new DemoSeedPolicy(false, Set.of(), true).shouldSeed()).isFalse();
    }
}
