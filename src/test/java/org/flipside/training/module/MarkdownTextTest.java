package org.flipside.training.module;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Module text becomes HTML, but markup or scripts written into a content file never do. */
class MarkdownTextTest {

    private final MarkdownText text = new MarkdownText();

    @Test
    void markdownBecomesHtml() {
        assertThat(text.html("## Heading\n\n- **one**\n- two"))
                .contains("<h2>Heading</h2>", "<li><strong>one</strong></li>", "<li>two</li>");
    }

    @Test
    void rawHtmlIsEscapedAndScriptLinksAreDefused() {
        String html = text.html("<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b> "
                + "[click](javascript:alert(2))");

        assertThat(html).doesNotContain("<script>", "<b ", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b onclick=");
    }
}
