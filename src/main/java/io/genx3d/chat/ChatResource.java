package io.genx3d.chat;

import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.caller.ServesProjectKeys;
import io.genx3d.models.Model;
import io.genx3d.models.ModelView;
import io.genx3d.models.Models;
import io.genx3d.models.SceneRules;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Workspaces;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/chat}: a message builds a new model, or edits the one named by {@code model_id} or by the
 * {@code conversation_id} an earlier answer returned. Chat changes can be undone ("undo"). The {@code chat:send}
 * scope covers the model changes a message makes. With {@code ?project_id=} (or a project key) the chat works on the
 * project's models, for members of its organization with the member role or above.
 */
@Path("/chat")
@RequestScoped
@RateLimited
@ServesProjectKeys
@Produces(MediaType.APPLICATION_JSON)
public class ChatResource {

    static final String NEEDS_MODELS_READ =
            "Describing a model needs the models:read scope, which this key does not have.";

    @Inject
    Caller caller;

    @Inject
    Models models;

    @Inject
    Workspaces workspaces;

    @Inject
    ChatInterpreter interpreter;

    @Inject
    ChatLimits limits;

    @Inject
    Conversations conversations;

    /**
     * One transaction from reading the model to writing it and the conversation: the model's version is checked as it
     * commits, so of two messages that change one model at once, one is applied and the other answered {@code 409
     * concurrent_change} (to be sent again), never both half-applied or one lost.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.CHAT_SEND)
    @Transactional
    public ChatReply send(@QueryParam("project_id") String projectId, JsonObject body) {
        JsonFields fields = JsonFields.of(body, Set.of("message", "model_id", "conversation_id"));
        // Refused by its length before anything is looked up; the interpreter refuses one of too many clauses.
        String message = fields.requiredString("message", Integer.MAX_VALUE);
        limits.checkLength(message);
        String accountId = workspaces.of(caller.get(), projectId, OrgRole.MEMBER);
        Conversation conversation = fields.optionalString("conversation_id", 64)
                .map(id -> conversations.getOwned(accountId, id))
                .orElse(null);
        Model target = fields.optionalString("model_id", 64)
                .or(() -> Optional.ofNullable(conversation).map(Conversation::modelId))
                .map(id -> models.getOwned(accountId, id))
                .orElse(null);
        String focus = conversation == null || target == null || !target.id().equals(conversation.modelId())
                ? null
                : conversation.focus();
        Interpretation meaning = interpreter.interpret(message, target == null ? List.of() : target.parts(), focus);
        // chat:send may change a model; seeing one (its parts in the reply, or a description) takes models:read.
        boolean mayRead = caller.get().scopes().contains(Scope.MODELS_READ);
        Optional<String> outOfLimits =
                meaning.changesScene() ? SceneRules.problemWith(meaning.scene()) : Optional.empty();
        if (outOfLimits.isPresent()) {
            // The same limits as PUT /models: a chat message may not make what a request body may not.
            meaning = Interpretation.refusal("I can't do that: " + outOfLimits.get() + ". Nothing was changed.");
        }
        String reply = meaning.readsModel() && !mayRead ? NEEDS_MODELS_READ : meaning.reply();
        Model result = target;
        if (meaning.undo()) {
            Optional<Model> undone = target == null ? Optional.empty() : models.undo(accountId, target.id());
            reply = undone.isPresent() ? reply : "There is nothing to undo.";
            result = undone.orElse(target);
        } else if (meaning.startsNewModel()) {
            result = models.create(accountId, meaning.suggestedModelName(), List.of());
        } else if (meaning.renameModelTo() != null) {
            result = target == null
                    ? models.create(accountId, meaning.renameModelTo(), List.of())
                    : models.update(accountId, target.id(), meaning.renameModelTo(), null);
        } else if (meaning.changesScene() && target == null) {
            result = models.create(accountId, meaning.suggestedModelName(), meaning.scene());
            reply = "Created a new model \"" + result.name() + "\". " + reply;
        } else if (meaning.changesScene()) {
            result = models.changeParts(accountId, target.id(), meaning.scene());
        }
        String conversationId = result == null
                ? null
                : conversations
                        .about(conversation, accountId, result.id(), meaning.focus(result.parts()))
                        .id();
        return new ChatReply(
                reply,
                meaning.understood(),
                result == null || !mayRead ? null : ModelView.of(result),
                meaning.actions(),
                conversationId,
                meaning.understood() ? List.of() : meaning.suggestions());
    }
}
