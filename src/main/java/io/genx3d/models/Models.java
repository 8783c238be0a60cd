package io.genx3d.models;

import io.genx3d.errors.ApiException;
import io.genx3d.storage.PageCursor;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The store of models. Every method takes the owning account: a model of another account is reported exactly
 * like one that does not exist.
 */
@ApplicationScoped
public class Models {

    @PersistenceContext
    EntityManager em;

    @Transactional
    @WithSpan("genx3d.models.create")
    public Model create(String accountId, String name, List<Part> parts) {
        Model model = new Model(accountId, name, parts);
        em.persist(model);
        return model;
    }

    @WithSpan("genx3d.models.findOwned")
    public Optional<Model> findOwned(String accountId, String modelId) {
        return em
                .createNamedQuery("Model.findOwned", Model.class)
                .setParameter("id", modelId)
                .setParameter("accountId", accountId)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Model getOwned(String accountId, String modelId) {
        return findOwned(accountId, modelId).orElseThrow(() -> ApiException.notFound("Model"));
    }

    /** Newest first; {@code limit + 1} rows are read to know whether another page follows. */
    @WithSpan("genx3d.models.page")
    public ModelPage page(String accountId, String cursor, int limit) {
        TypedQuery<Model> query;
        if (cursor == null) {
            query = em.createNamedQuery("Model.firstPage", Model.class);
        } else {
            PageCursor after = PageCursor.decode(cursor);
            query = em.createNamedQuery("Model.pageAfter", Model.class)
                    .setParameter("createdAt", after.createdAt())
                    .setParameter("id", after.id());
        }
        List<Model> rows = query.setParameter("accountId", accountId)
                .setMaxResults(limit + 1)
                .getResultList();
        List<Model> shown = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit
                ? new PageCursor(
                                shown.get(shown.size() - 1).createdAt(),
                                shown.get(shown.size() - 1).id())
                        .encode()
                : null;
        return new ModelPage(shown.stream().map(ModelView::of).toList(), next);
    }

    @Transactional
    @WithSpan("genx3d.models.update")
    public Model update(String accountId, String modelId, String name, List<Part> parts) {
        Model model = getOwned(accountId, modelId);
        if (name != null) {
            model.rename(name);
        }
        if (parts != null) {
            model.replaceParts(parts);
        }
        return em.merge(model);
    }

    /** A change made by chat: the previous scene is kept so that "undo" can bring it back. */
    @Transactional
    @WithSpan("genx3d.models.changeParts")
    public Model changeParts(String accountId, String modelId, List<Part> parts) {
        Model model = getOwned(accountId, modelId);
        model.changeParts(parts);
        return em.merge(model);
    }

    /** The model with its previous scene restored, or empty when there is nothing to undo. */
    @Transactional
    @WithSpan("genx3d.models.undo")
    public Optional<Model> undo(String accountId, String modelId) {
        Model model = getOwned(accountId, modelId);
        return model.undo() ? Optional.of(em.merge(model)) : Optional.empty();
    }

    @Transactional
    @WithSpan("genx3d.models.delete")
    public void delete(String accountId, String modelId) {
        em.remove(em.merge(getOwned(accountId, modelId)));
    }
}
