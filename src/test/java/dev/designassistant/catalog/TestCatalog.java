package dev.designassistant.catalog;

/** The real catalog (prompts/), loaded without CDI for unit tests and the benchmark. */
public final class TestCatalog {

    private TestCatalog() {
    }

    public static Catalog real() {
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
