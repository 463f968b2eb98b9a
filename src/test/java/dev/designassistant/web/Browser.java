package dev.designassistant.web;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One headless Debian chromium for every browser test of the run (started once, closed when the JVM ends),
 * driven by Playwright. Playwright never downloads a browser: it is given the system's executable. Each test gets
 * a fresh context (its own cookies) and records what the pages load and any policy violation they report.
 */
final class Browser {

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update");
    private static Playwright playwright;
    private static com.microsoft.playwright.Browser browser;

    /** Script and style bytes per page, for the report; the tests assert each stays under the budget. */
    static final Map<String, Long> ASSET_BYTES = new ConcurrentHashMap<>();

    private Browser() {
    }

    static synchronized com.microsoft.playwright.Browser get() {
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium()).setHeadless(true).setArgs(ARGS));
            Runtime.getRuntime().addShutdownHook(new Thread(Browser::close));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }

    private static Path chromium() {
        for (String candidate : List.of(System.getProperty("web.chromium", ""), "/usr/bin/chromium",
                "/usr/bin/chromium-browser")) {
            if (!candidate.isBlank() && Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("Debian's chromium is needed by the browser tests: apt-get install -y chromium "
                + "(.ci/install-chromium does it)");
    }

    /** A page in a context of its own, at this width, that records console errors (CSP reports among them). */
    static Tab open(String baseUrl, int width) {
        BrowserContext context = get().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl).setViewportSize(width, 900).setAcceptDownloads(true));
        context.setDefaultTimeout(20_000);
        Page page = context.newPage();
        Tab tab = new Tab(context, page);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                tab.consoleErrors.add(message.text());
            }
        });
        page.onPageError(error -> tab.consoleErrors.add("page error: " + error));
        page.onDialog(dialog -> {
            tab.dialogs.add(dialog.message());
            dialog.dismiss();
        });
        page.onResponse(response -> {
            String kind = response.request().resourceType();
            if (("script".equals(kind) || "stylesheet".equals(kind)) && response.status() == 200) {
                tab.assetBytes.addAndGet(response.body().length);
            }
            if ("document".equals(kind) && response.status() != 303) {
                tab.documents.add(new Document(response.request().method() + " " + response.url() + " "
                        + response.status(), response.allHeaders()));
            }
        });
        return tab;
    }

    /** The axe-core engine (shipped in Deque's axe-core jar), to run in the page. */
    static String axe() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTML document the browser received (a page, an error page, a report) with its response headers. */
    record Document(String what, Map<String, String> headers) {
    }

    /**
     * Every HTML document the browser got carries the service's security headers, exactly: the page policy, or the
     * report's own (its inline style by hash, no script).
     */
    static void assertSecured(List<Document> documents) {
        for (Document d : documents) {
            if (!d.headers().getOrDefault("content-type", "").startsWith("text/html")) {
                continue;
            }
            org.assertj.core.api.Assertions.assertThat(d.headers()).as(d.what())
                    .containsEntry("x-content-type-options", "nosniff")
                    .containsEntry("x-frame-options", "DENY")
                    .containsEntry("cache-control", "no-store")
                    .containsEntry("referrer-policy", "same-origin");
            String policy = d.headers().get("content-security-policy");
            if (d.what().contains("/report ") || d.what().contains("/report?")) {
                org.assertj.core.api.Assertions.assertThat(policy).as(d.what()).matches("default-src 'none'; "
                        + "style-src 'sha256-[A-Za-z0-9+/=]+'; img-src data:; base-uri 'none'; form-action 'none'; "
                        + "frame-ancestors 'none'");
            } else {
                org.assertj.core.api.Assertions.assertThat(policy).as(d.what()).isEqualTo("default-src 'none'; "
                        + "script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
            }
        }
    }

    /** A test's browser tab. */
    static final class Tab implements AutoCloseable {
        final BrowserContext context;
        final Page page;
        final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
        final List<String> dialogs = Collections.synchronizedList(new ArrayList<>());
        final java.util.concurrent.atomic.AtomicLong assetBytes = new java.util.concurrent.atomic.AtomicLong();
        /** Every HTML document the tab received; closing the tab asserts their security headers. */
        final List<Document> documents = Collections.synchronizedList(new ArrayList<>());

        Tab(BrowserContext context, Page page) {
            this.context = context;
            this.page = page;
        }

        /** Goes to a path and returns the script and style bytes that page loaded. */
        long visit(String path) {
            assetBytes.set(0);
            page.navigate(path);
            page.waitForLoadState();
            return assetBytes.get();
        }

        @Override
        public void close() {
            context.close();
            assertSecured(List.copyOf(documents));
        }
    }
}
