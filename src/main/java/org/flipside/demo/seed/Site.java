package org.flipside.demo.seed;

import java.util.List;
import java.util.Random;

/**
 * An office of the demo company: its IANA time zone, the languages spoken there and who tends to work there.
 *
 * @param groupWeights relative weights for {@code groups}, same order
 */
record Site(String name, String timeZone, List<String> languages, List<NameGroup> groups, double[] groupWeights,
            double weight) {

    static final Site LONDON = new Site("London", "Europe/London", List.of("English"),
            List.of(NameGroup.ANGLO, NameGroup.WEST_AFRICAN, NameGroup.INDIAN, NameGroup.POLISH, NameGroup.ARABIC,
                    NameGroup.CHINESE, NameGroup.HISPANIC, NameGroup.GERMAN, NameGroup.EAST_AFRICAN),
            new double[] {45, 10, 12, 8, 7, 5, 5, 4, 4}, 28);
    static final Site NEW_YORK = new Site("New York", "America/New_York", List.of("English"),
            List.of(NameGroup.ANGLO, NameGroup.HISPANIC, NameGroup.WEST_AFRICAN, NameGroup.CHINESE, NameGroup.INDIAN,
                    NameGroup.KOREAN, NameGroup.ARABIC, NameGroup.POLISH),
            new double[] {40, 20, 8, 8, 10, 5, 4, 5}, 20);
    static final Site BERLIN = new Site("Berlin", "Europe/Berlin", List.of("German", "English"),
            List.of(NameGroup.GERMAN, NameGroup.POLISH, NameGroup.ARABIC, NameGroup.ANGLO, NameGroup.HISPANIC,
                    NameGroup.INDIAN, NameGroup.JAPANESE),
            new double[] {60, 10, 10, 5, 5, 5, 5}, 14);
    static final Site SINGAPORE = new Site("Singapore", "Asia/Singapore", List.of("English"),
            List.of(NameGroup.CHINESE, NameGroup.INDIAN, NameGroup.JAPANESE, NameGroup.KOREAN, NameGroup.ANGLO),
            new double[] {60, 20, 5, 5, 10}, 10);
    static final Site SAO_PAULO = new Site("São Paulo", "America/Sao_Paulo", List.of("Portuguese", "English"),
            List.of(NameGroup.BRAZILIAN, NameGroup.HISPANIC, NameGroup.JAPANESE, NameGroup.GERMAN, NameGroup.ARABIC),
            new double[] {75, 10, 8, 3, 4}, 10);
    static final Site BENGALURU = new Site("Bengaluru", "Asia/Kolkata", List.of("English", "Kannada"),
            List.of(NameGroup.INDIAN, NameGroup.ANGLO),
            new double[] {95, 5}, 12);
    static final Site NAIROBI = new Site("Nairobi", "Africa/Nairobi", List.of("English", "Swahili"),
            List.of(NameGroup.EAST_AFRICAN, NameGroup.INDIAN, NameGroup.ANGLO),
            new double[] {80, 10, 10}, 6);

    static final List<Site> ALL = List.of(LONDON, NEW_YORK, BERLIN, SINGAPORE, SAO_PAULO, BENGALURU, NAIROBI);

    NameGroup nameGroup(Random random) {
        return groups.get(Weighted.pick(groupWeights, random));
    }

    static Site pick(Random random) {
        double[] weights = ALL.stream().mapToDouble(Site::weight).toArray();
        return ALL.get(Weighted.pick(weights, random));
    }
}
