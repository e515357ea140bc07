package org.flipside.training.module;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flipside.program.Side;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every role-training module, read once at start-up from {@code training/*.md} on the class path. A file that breaks
 * the format, two modules with one code or position, or a side without modules stop the application from starting:
 * participants must never meet a module that cannot be passed.
 */
@Component
public class ModuleCatalogue {

    private final Map<Side, List<TrainingModule>> bySide = new EnumMap<>(Side.class);
    private final Map<String, TrainingModule> byCode = new HashMap<>();

    @Autowired
    ModuleCatalogue(@Value("${flipside.training.content:classpath*:training/*.md}") String location) {
        this(load(location));
    }

    public ModuleCatalogue(List<TrainingModule> modules) {
        for (Side side : Side.values()) {
            bySide.put(side, new ArrayList<>());
        }
        for (TrainingModule module : modules) {
            if (byCode.put(module.code(), module) != null) {
                throw new TrainingContentException(module.code(), "two modules share this code");
            }
            List<TrainingModule> side = bySide.get(module.side());
            if (side.stream().anyMatch(other -> other.position() == module.position())) {
                throw new TrainingContentException(module.code(), "another " + module.side()
                        + " module has position " + module.position());
            }
            side.add(module);
        }
        for (Side side : Side.values()) {
            if (bySide.get(side).isEmpty()) {
                throw new TrainingContentException("training/", "there is no module for the " + side + " side");
            }
            bySide.get(side).sort(Comparator.comparingInt(TrainingModule::position));
            bySide.put(side, List.copyOf(bySide.get(side)));
        }
    }

    /** The side's modules in reading order. */
    public List<TrainingModule> forSide(Side side) {
        return bySide.get(side);
    }

    public List<String> codes(Side side) {
        return forSide(side).stream().map(TrainingModule::code).toList();
    }

    public Optional<TrainingModule> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    private static List<TrainingModule> load(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            List<TrainingModule> modules = new ArrayList<>();
            for (Resource resource : resources) {
                String name = "training/" + resource.getFilename();
                modules.add(ModuleParser.parse(name, resource.getContentAsString(StandardCharsets.UTF_8)));
            }
            return modules;
        } catch (IOException e) {
            throw new IllegalStateException("Training content at " + location + " cannot be read", e);
        }
    }
}
