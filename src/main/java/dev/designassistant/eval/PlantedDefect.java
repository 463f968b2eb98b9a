package dev.designassistant.eval;

/**
 * A defect written into a review case's code on purpose: what a correct review must report.
 *
 * @param item     the template's checklist item it belongs to, as the template words it; null when {@code category} is set
 * @param category a word any checklist item it may be reported under contains ("idempot"); null when {@code item} is set
 * @param lines    where it is in the case's file
 * @param note     one line: why it is a defect
 */
public record PlantedDefect(String item, String category, LineRange lines, String note) {

    /** Whether a finding reported under that checklist item is about this kind of defect. */
    public boolean acceptsItem(String checklistItem) {
        if (checklistItem == null) {
            return false;
        }
        return item != null ? item.equalsIgnoreCase(checklistItem.strip())
                : checklistItem.toLowerCase(java.util.Locale.ROOT).contains(category.toLowerCase(java.util.Locale.ROOT));
    }

    /** "Timeout handling @ 12-18" */
    public String describe() {
        return (item != null ? item : "category " + category) + " @ " + lines;
    }
}
