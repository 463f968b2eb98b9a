package dev.designassistant.review;

import dev.designassistant.catalog.Catalog;
import dev.designassistant.catalog.CatalogConfig;

/** The real catalog (prompts/), loaded without CDI for unit tests. */
final class TestCatalog {

    private TestCatalog() {
    }

    static Catalog real() {
        return new Catalog(new CatalogConfig() {
            @Override
            public String dir() {
                return "prompts";
            }

            @Override
            public boolean reload() {
                return false;
            }
        });
    }
}
