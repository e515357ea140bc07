package org.flipside.matching.scoring;

import java.util.Locale;
import java.util.Optional;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Renders reasons with the real bundles, as the pages do. */
final class Texts {

    static final ReasonText TEXT = new ReasonText(messages(), code -> Optional.empty());

    private Texts() {
    }

    static String of(Reason reason) {
        return TEXT.text(reason, Locale.ENGLISH);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/matching-scoring", "i18n/profile");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
