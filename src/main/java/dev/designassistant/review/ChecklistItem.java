package dev.designassistant.review;

/**
 * One numbered item of a section-8 template's checklist ("4. Race conditions"): what a finding relates to and,
 * in SARIF, the rule a result belongs to.
 *
 * @param number position in the template's list, from 1
 * @param text   the item as the template words it
 * @param ruleId stable SARIF rule id: the template id and a slug of the text ({@code pattern-code-review/race-conditions})
 * @param name   SARIF rule name, PascalCase ({@code RaceConditions})
 */
public record ChecklistItem(int number, String text, String ruleId, String name) {

    static ChecklistItem of(String templateId, int number, String text) {
        String[] words = text.replaceAll("[^A-Za-z0-9]+", " ").strip().split(" ");
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty()) {
                name.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase());
            }
        }
        String slug = String.join("-", words).toLowerCase();
        return new ChecklistItem(number, text, templateId + "/" + slug, name.toString());
    }
}
