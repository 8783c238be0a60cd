package io.genx3d.models;

import io.genx3d.json.JsonMapping;
import io.genx3d.tokens.RandomTokens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A 3D model: a named scene of parts owned by one account. The parts are stored as one JSON document, because
 * a scene is always read and written whole; {@code @Version} makes concurrent edits fail instead of
 * silently overwriting each other.
 */
@Entity
@Table(name = "models", indexes = @Index(name = "models_account_created", columnList = "account_id, created_at, id"))
@NamedQuery(name = "Model.findOwned", query = "SELECT m FROM Model m WHERE m.id = :id AND m.accountId = :accountId")
@NamedQuery(
        name = "Model.firstPage",
        query = "SELECT m FROM Model m WHERE m.accountId = :accountId " + "ORDER BY m.createdAt DESC, m.id DESC")
@NamedQuery(
        name = "Model.pageAfter",
        query = "SELECT m FROM Model m WHERE m.accountId = :accountId "
                + "AND (m.createdAt < :createdAt OR (m.createdAt = :createdAt AND m.id < :id)) "
                + "ORDER BY m.createdAt DESC, m.id DESC")
public class Model {

    private static final Type PART_LIST = new ArrayList<Part>() {}.getClass().getGenericSuperclass();
    private static final Type HISTORY_LIST =
            new ArrayList<List<Part>>() {}.getClass().getGenericSuperclass();
    static final int HISTORY = 20;

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "account_id", nullable = false, length = 40)
    private String accountId;

    @Column(nullable = false, length = 100)
    private String name;

    @Lob
    @Column(name = "parts_json", nullable = false)
    private String partsJson;

    /** Earlier scenes, oldest first, so chat edits can be undone; at most {@link #HISTORY} are kept. */
    @Lob
    @Column(name = "history_json")
    private String historyJson;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Model() {}

    Model(String accountId, String name, List<Part> parts) {
        this.id = RandomTokens.id("mdl");
        this.accountId = accountId;
        this.name = name;
        this.partsJson = JsonMapping.JSONB.toJson(parts);
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        this.updatedAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<Part> parts() {
        return JsonMapping.JSONB.fromJson(partsJson, PART_LIST);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    void rename(String newName) {
        this.name = newName;
        touch();
    }

    void replaceParts(List<Part> parts) {
        this.partsJson = JsonMapping.JSONB.toJson(parts);
        touch();
    }

    /** Replaces the parts and remembers the current ones for {@link #undo}. */
    void changeParts(List<Part> parts) {
        List<List<Part>> history = history();
        history.add(parts());
        while (history.size() > HISTORY) {
            history.remove(0);
        }
        historyJson = JsonMapping.JSONB.toJson(history);
        replaceParts(parts);
    }

    /** Puts the previous scene back; false when there is nothing to undo. */
    boolean undo() {
        List<List<Part>> history = history();
        if (history.isEmpty()) {
            return false;
        }
        List<Part> previous = history.remove(history.size() - 1);
        historyJson = JsonMapping.JSONB.toJson(history);
        replaceParts(previous);
        return true;
    }

    private List<List<Part>> history() {
        return historyJson == null
                ? new ArrayList<>()
                : new ArrayList<>(JsonMapping.JSONB.fromJson(historyJson, HISTORY_LIST));
    }

    private void touch() {
        updatedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }
}
