package dev.designassistant.session;

import java.util.List;

/** A session with its chain steps and its whole conversation, as stored. */
public record SessionView(Session session, List<ChainStep> steps, List<Message> messages) {
}
