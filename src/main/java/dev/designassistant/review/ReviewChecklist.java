package dev.designassistant.review;

import dev.designassistant.catalog.PromptTemplate;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checklist of a section-8 template: the numbered list after "Check for:", "Verify:" or "Check:" in its body.
 * Read from the body's literal text (not a rendering), so code under review that contains a numbered list can
 * never change the checklist.
 */
public record ReviewChecklist(String templateId, List<ChecklistItem> items) {

    private static final Pattern INTRO = Pattern.compile("^\\s*(check|check for|verify)\\s*:\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("^\\s*(\\d+)\\.\\s+(.+?)\\s*$");

    /** The template's checklist, or empty when its body has none (it is not a review template). */
    public static Optional<ReviewChecklist> of(PromptTemplate template) {
        String text = template.body().findNodes(TemplateNode::isText).stream()
                .map(n -> ((TextNode) n).getValue()).collect(Collectors.joining());
        List<String> lines = text.lines().toList();
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (INTRO.matcher(lines.get(i)).matches()) {
                items = itemsFrom(template.id(), lines, i + 1);
            }
        }
        return items.isEmpty() ? Optional.empty() : Optional.of(new ReviewChecklist(template.id(), List.copyOf(items)));
    }

    /** The item worded exactly so, if there is one. */
    public Optional<ChecklistItem> item(String text) {
        return items.stream().filter(i -> i.text().equals(text)).findFirst();
    }

    /** Every item's text, in order. */
    public List<String> texts() {
        return items.stream().map(ChecklistItem::text).toList();
    }

    private static List<ChecklistItem> itemsFrom(String templateId, List<String> lines, int from) {
        List<ChecklistItem> items = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Matcher m = ITEM.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            items.add(ChecklistItem.of(templateId, Integer.parseInt(m.group(1)), m.group(2)));
        }
        return items;
    }
}
