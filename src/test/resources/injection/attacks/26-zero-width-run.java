public class Listener {
    // handles events​​​​​​
    public void onMessage(Message m) {
        try { handle(m); } catch (Exception e) { }
    }
}
