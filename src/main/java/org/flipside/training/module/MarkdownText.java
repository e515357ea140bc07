package org.flipside.training.module;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Module text as HTML. Raw HTML in the markdown is escaped and link targets are sanitised, so a content file can never
 * put markup or scripts of its own on a page. Modules do not change while the application runs, so each is rendered
 * once.
 */
@Component
public class MarkdownText {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    public String html(TrainingModule module) {
        return rendered.computeIfAbsent(module.code(), code -> html(module.markdown()));
    }

    public String html(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
