package org.flipside.training.guide;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.flipside.program.Objective;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The guides Flipside ships, one per common reverse-mentoring theme plus a general one, read from
 * {@code training/guides/*.guide} when the application starts. A malformed or incomplete file stops the start with a
 * message naming the file, the line and the reason, so a broken guide never reaches a program.
 */
@Component
public class GuideLibrary {

    static final String DEFAULT_LOCATION = "classpath*:training/guides/*.guide";

    private final Map<String, LibraryGuide> guides;

    GuideLibrary(@Value("${flipside.guides.location:" + DEFAULT_LOCATION + "}") String location) {
        this.guides = load(location);
    }

    /** Every guide, the general one first and the others by code. */
    public List<LibraryGuide> all() {
        return List.copyOf(guides.values());
    }

    public Optional<LibraryGuide> byCode(String code) {
        return Optional.ofNullable(guides.get(code));
    }

    public LibraryGuide general() {
        return guides.get(LibraryGuide.GENERAL);
    }

    static Map<String, LibraryGuide> load(String location) {
        Resource[] resources;
        try {
            resources = new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new MalformedGuideException(location, 0, "the guide files cannot be listed: " + e.getMessage());
        }
        if (resources.length == 0) {
            throw new MalformedGuideException(location, 0, "no guide files found");
        }
        List<LibraryGuide> read = new ArrayList<>();
        for (Resource resource : resources) {
            String name = resource.getFilename();
            try {
                read.add(GuideFile.parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new MalformedGuideException(name, 0, "cannot be read: " + e.getMessage());
            }
        }
        return checked(read, location);
    }

    private static Map<String, LibraryGuide> checked(List<LibraryGuide> read, String location) {
        Map<String, LibraryGuide> byCode = new LinkedHashMap<>();
        Set<Objective> objectives = new HashSet<>();
        read.sort(Comparator.comparing((LibraryGuide g) -> !g.code().equals(LibraryGuide.GENERAL))
                .thenComparing(LibraryGuide::code));
        for (LibraryGuide guide : read) {
            if (byCode.put(guide.code(), guide) != null) {
                throw new MalformedGuideException(location, 0, "two guides have the code '" + guide.code() + "'");
            }
            if (guide.objective() != null && !objectives.add(guide.objective())) {
                throw new MalformedGuideException(location, 0,
                        "two guides serve the objective " + guide.objective() + "; each theme has one guide");
            }
        }
        if (!byCode.containsKey(LibraryGuide.GENERAL)) {
            throw new MalformedGuideException(location, 0,
                    "there is no guide with the code 'general', which topics fall back to");
        }
        return byCode;
    }
}
