package dev.designassistant.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Links and images in the LLM's Markdown keep only http, https and mailto URLs; every other scheme is dropped. */
class MarkdownHtmlTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://example.com/x",
            "blob:https://example.com/uuid",
            "tel:+15550100",
    })
    void a_link_or_image_with_another_scheme_loses_its_url(String url) {
        String html = MarkdownHtml.render("[click](" + url + ") and ![img](" + url + ") and <" + url + ">").toString();

        assertThat(html.toLowerCase()).doesNotContain("href=\"" + url.substring(0, url.indexOf(':')).toLowerCase() + ":")
                .doesNotContain("src=\"" + url.substring(0, url.indexOf(':')).toLowerCase() + ":");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://example.com/a?b=c", "http://example.com/", "mailto:team@example.com"})
    void a_link_with_an_allowed_scheme_is_kept(String url) {
        String html = MarkdownHtml.render("[here](" + url + ")").toString();

        assertThat(html).contains("href=\"" + url.replace("&", "&amp;") + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"#section", "/api/sessions", "relative/page.html"})
    void a_relative_link_is_kept(String url) {
        assertThat(MarkdownHtml.render("[here](" + url + ")").toString()).contains("href=\"" + url + "\"");
    }
}
