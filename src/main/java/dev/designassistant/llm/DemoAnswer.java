package dev.designassistant.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in demo model's answer: deterministic, derived from the prompt, and plain that it is not a real LLM.
 * It opens with that statement, then echoes what the prompt asks for (its "Provide:" / "Design:" list) as headings
 * with one sentence each, so the whole flow (rendering, gateway, response) can be tried without any key.
 */
final class DemoAnswer {

    static final String MODEL_ID = "design-assistant-demo";
    static final String DISCLAIMER = "**Demo model answer** — this reply comes from Design Assistant's built-in demo "
            + "model, not a real LLM. Set ASSISTANT_LLM_BASE_URL (and ASSISTANT_LLM_API_KEY if needed) to use one.";

    private static final Pattern ASK = Pattern.compile(
            "(?i)^\\s*(provide|design|include|deliver|analy[sz]e|explain|output|give|recommend|describe|identify"
                    + "|create|compare|review|suggest|list|for each)\\b.*:\\s*$");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:\\d+[.)]|[-*•])\\s+(.+?)\\s*$");
    private static final int LONGEST_SUBJECT = 160;
    private static final int MOST_ITEMS = 20;

    private DemoAnswer() {
    }

    /**
     * The answer to a conversation whose last user message is {@code prompt}; {@code turn} counts user messages.
     * A code review's prompt gets findings JSON instead ({@link DemoReview}).
     */
    static String compose(String prompt, int turn) {
        if (DemoReview.isReview(prompt)) {
            return DemoReview.findings(prompt);
        }
        if (DemoLedger.isLedger(prompt)) {
            return DemoLedger.ledger(turn - 1);
        }
        StringBuilder answer = new StringBuilder(DISCLAIMER).append("\n\n");
        answer.append("Brief").append(turn > 1 ? " (follow-up " + (turn - 1) + ")" : "").append(": ")
                .append(subject(prompt)).append("\n");
        List<String> items = asks(prompt);
        if (items.isEmpty()) {
            answer.append("\n### Answer\nA real model would answer this message here, drawing on the whole "
                    + "conversation so far.\n");
        }
        for (int i = 0; i < items.size(); i++) {
            answer.append("\n### ").append(i + 1).append(". ").append(items.get(i)).append("\n")
                    .append("A real model would cover ").append(lowerFirst(items.get(i)))
                    .append(" here, with concrete choices and trade-offs for the system in your brief.\n");
        }
        return answer.append("\n---\nThis outline only mirrors what the prompt asks for; it contains no design advice.")
                .toString();
    }

    /** A rough token count (a token is about four characters of English), stable for the same text. */
    static int tokens(String text) {
        return text == null || text.isEmpty() ? 0 : (text.length() + 3) / 4;
    }

    private static String subject(String prompt) {
        String first = prompt.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("(empty)");
        return first.length() <= LONGEST_SUBJECT ? first : first.substring(0, LONGEST_SUBJECT - 1) + "…";
    }

    /** The list after the last "Provide:"-like line, else the last list in the prompt. */
    private static List<String> asks(String prompt) {
        List<String> lines = prompt.lines().toList();
        List<String> lastAsked = List.of();
        List<String> lastList = List.of();
        for (int i = 0; i < lines.size(); i++) {
            List<String> list = listAt(lines, i + 1);
            if (ASK.matcher(lines.get(i)).matches() && !list.isEmpty()) {
                lastAsked = list;
            }
            if (ITEM.matcher(lines.get(i)).matches() && (i == 0 || !ITEM.matcher(lines.get(i - 1)).matches())) {
                lastList = listAt(lines, i);
            }
        }
        List<String> chosen = lastAsked.isEmpty() ? lastList : lastAsked;
        return chosen.size() <= MOST_ITEMS ? chosen : chosen.subList(0, MOST_ITEMS);
    }

    private static List<String> listAt(List<String> lines, int from) {
        List<String> items = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            Matcher m = ITEM.matcher(lines.get(i));
            if (!m.matches()) {
                break;
            }
            items.add(m.group(1));
        }
        return items;
    }

    private static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }
}
