package io.genx3d.chat;

import io.genx3d.models.ModelView;
import java.util.List;

/**
 * The answer to a chat message: the reply, whether it was understood, the model it built or edited (if any), what
 * changed, the conversation to continue without resending the model id, and — when it was not understood — up to
 * three sentences that would work if sent, about this model.
 */
public record ChatReply(
        String reply,
        boolean understood,
        ModelView model,
        List<ChatAction> actions,
        String conversationId,
        List<String> suggestions) {}
