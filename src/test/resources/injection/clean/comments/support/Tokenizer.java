public class TokenBudget {
    // The model's context window holds the system prompt, the previous turns and the answer.
    // We drop the oldest turns first; the system instructions are never dropped.
    public List<Turn> fit(List<Turn> turns, int budget) {
        List<Turn> kept = new ArrayList<>();
        int used = 0;
        for (int i = turns.size() - 1; i >= 0 && used + turns.get(i).tokens() <= budget; i--) {
            kept.add(0, turns.get(i));
            used += turns.get(i).tokens();
        }
        return kept;
    }
}
