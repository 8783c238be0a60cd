package io.genx3d.chat;

import io.genx3d.models.ModelView;

import java.util.List;

/** The answer to a chat message: the reply, the model it built or edited (if any), and what changed. */
public record ChatReply(String reply, boolean understood, ModelView model, List<ChatAction> actions) {
}
