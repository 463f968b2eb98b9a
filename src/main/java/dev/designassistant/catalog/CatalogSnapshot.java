package dev.designassistant.catalog;

import java.util.Map;

/** One consistent reading of the prompts folder. */
record CatalogSnapshot(Map<String, PromptTemplate> templates, Map<String, PromptTemplate> followUps,
                       Fingerprint fingerprint) {
}
