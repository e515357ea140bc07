package org.flipside.demo.seed;

/**
 * One part of the demo organisation (people, accounts, and later programs). Steps are Spring beans run in their
 * {@link org.springframework.core.annotation.Order} inside one transaction, so a failing step leaves nothing behind
 * and the next start tries again. A step finds what earlier steps made in the {@link DemoSeeding}.
 * <p>
 * Orders in use: 100 people, 200 accounts, 300 programs, 400 participants and their profiles, 500 pairs,
 * 600 insights, 620 the first safety-pulse round.
 */
interface DemoStep {

    void seed(DemoSeeding seeding);
}
