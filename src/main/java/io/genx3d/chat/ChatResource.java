package io.genx3d.chat;

import io.genx3d.auth.Caller;
import io.genx3d.auth.RequiresScope;
import io.genx3d.auth.Scope;
import io.genx3d.models.Model;
import io.genx3d.models.ModelView;
import io.genx3d.models.Models;
import io.genx3d.models.Part;
import io.genx3d.validation.JsonFields;
import io.genx3d.ratelimit.RateLimited;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Set;

/**
 * {@code POST /api/v1/chat}: a message builds a new model, or edits the one named by {@code model_id}. The
 * {@code chat:send} scope covers the model changes a message makes.
 */
@Path("chat")
@RequestScoped
@RateLimited
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    static final int MAX_MESSAGE_LENGTH = 2000;

    @Inject
    Caller caller;

    @Inject
    Models models;

    @Inject
    ChatInterpreter interpreter;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.CHAT_SEND)
    public ChatReply send(JsonObject body) {
        JsonFields fields = JsonFields.of(body, Set.of("message", "model_id"));
        String message = fields.requiredString("message", MAX_MESSAGE_LENGTH);
        String accountId = caller.accountId();
        Model target = fields.optionalString("model_id", 64).map(id -> models.getOwned(accountId, id)).orElse(null);
        List<Part> scene = target == null ? List.of() : target.parts();
        Interpretation meaning = interpreter.interpret(message, scene);
        if (!meaning.changesScene()) {
            return new ChatReply(meaning.reply(), meaning.understood(),
                    target == null ? null : ModelView.of(target), meaning.actions());
        }
        Model saved = target == null
                ? models.create(accountId, meaning.suggestedModelName(), meaning.scene())
                : models.update(accountId, target.id(), null, meaning.scene());
        String reply = target == null
                ? "Created a new model \"" + saved.name() + "\". " + meaning.reply()
                : meaning.reply();
        return new ChatReply(reply, meaning.understood(), ModelView.of(saved), meaning.actions());
    }
}
