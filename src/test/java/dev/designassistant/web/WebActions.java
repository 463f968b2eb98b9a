package dev.designassistant.web;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** What the browser tests do over and over, said the way a user would. */
final class WebActions {

    private WebActions() {
    }

    /** Presses the button of exactly that name. */
    static void press(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    /** Opens a form page (brief or review) once its fields are built, and fills it with the template's example. */
    static void fillWithExample(Browser.Tab tab, String path) {
        tab.visit(path);
        tab.page.locator("form.brief[data-ready=true]").waitFor();
        press(tab.page, "Use example");
    }

    /** Runs a template's example brief from its form and lands on the new session's page. */
    static void runExample(Browser.Tab tab, String templateId) {
        fillWithExample(tab, "/templates/" + templateId);
        press(tab.page, "Run");
        tab.page.waitForURL("**/sessions/*");
    }
}
