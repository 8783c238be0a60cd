package io.genx3d.chat;

import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A chat thread: which model an account's messages with this {@code conversation_id} are building. */
@Entity
@Table(name = "conversations")
@NamedQuery(
        name = "Conversation.findOwned",
        query = "SELECT c FROM Conversation c WHERE c.id = :id AND c.accountId = :accountId")
public class Conversation {

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "account_id", nullable = false, length = 40)
    private String accountId;

    @Column(name = "model_id", nullable = false, length = 40)
    private String modelId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The part or group the conversation was last about ("it"), or null. */
    @Column(length = 200)
    private String focus;

    protected Conversation() {}

    Conversation(String accountId, String modelId) {
        this.id = RandomTokens.id("conv");
        this.accountId = accountId;
        this.modelId = modelId;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    public String id() {
        return id;
    }

    public String modelId() {
        return modelId;
    }

    void pointAt(String newModelId) {
        this.modelId = newModelId;
        this.focus = null;
    }

    public String focus() {
        return focus;
    }

    void focusOn(String partOrGroup) {
        this.focus = partOrGroup == null || partOrGroup.length() > 200 ? null : partOrGroup;
    }
}
