package io.genx3d.models;

import io.genx3d.caller.Caller;
import io.genx3d.caller.RequiresScope;
import io.genx3d.caller.Scope;
import io.genx3d.caller.ServesProjectKeys;
import io.genx3d.export.ExportFormat;
import io.genx3d.organizations.OrgRole;
import io.genx3d.organizations.Workspaces;
import io.genx3d.ratelimit.RateLimited;
import io.genx3d.storage.PageSize;
import io.genx3d.validation.JsonFields;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The account's 3D models, or a project's ({@code ?project_id=}, or a project key's own): list (newest first, by
 * cursor), create, show, change (PATCH) or replace (PUT), delete and export. Reading a project's models needs any role
 * in its organization, changing them member or above.
 */
@Path("/models")
@RequestScoped
@RateLimited
@ServesProjectKeys
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    private static final Set<String> FIELDS = Set.of("name", "parts");

    @Inject
    Caller caller;

    @Inject
    Models models;

    @Inject
    Workspaces workspaces;

    @Inject
    ModelExports exports;

    @Context
    UriInfo uriInfo;

    @GET
    @RequiresScope(Scope.MODELS_READ)
    public ModelPage list(
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor,
            @QueryParam("project_id") String projectId) {
        return models.page(workspace(projectId, OrgRole.VIEWER), cursor, PageSize.parse(limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.MODELS_WRITE)
    public Response create(@QueryParam("project_id") String projectId, JsonObject body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.requiredName("name", 100);
        List<Part> parts = parts(fields).orElse(List.of());
        Model model = models.create(workspace(projectId, OrgRole.MEMBER), name, parts);
        return Response.created(
                        uriInfo.getAbsolutePathBuilder().path(model.id()).build())
                .entity(ModelView.of(model))
                .build();
    }

    @GET
    @Path("/{modelId}")
    @RequiresScope(Scope.MODELS_READ)
    public ModelView show(@PathParam("modelId") String modelId, @QueryParam("project_id") String projectId) {
        return ModelView.of(models.getOwned(workspace(projectId, OrgRole.VIEWER), modelId));
    }

    /** The model as a file standard tools open: glTF, GLB, OBJ (+MTL, zipped) or STL. */
    @GET
    @Path("/{modelId}/export")
    @Produces({"model/gltf+json", "model/gltf-binary", "application/zip", "model/stl", MediaType.APPLICATION_JSON})
    @RequiresScope(Scope.MODELS_READ)
    public Response export(
            @PathParam("modelId") String modelId,
            @QueryParam("format") String format,
            @QueryParam("project_id") String projectId) {
        ExportFormat exportFormat = ExportFormat.parse(format);
        Model model = models.getOwned(workspace(projectId, OrgRole.VIEWER), modelId);
        String fileName = exportFormat.fileName(model.name());
        List<Part> parts = model.parts();
        exports.checkSize(parts);
        String baseName = fileName.substring(0, fileName.indexOf('.'));
        // Streamed: the bytes go to the client as each part is meshed, never held whole.
        StreamingOutput file = out -> exports.write(exportFormat, baseName, parts, out);
        return Response.ok(file, exportFormat.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    @PATCH
    @Path("/{modelId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.MODELS_WRITE)
    public ModelView update(
            @PathParam("modelId") String modelId, @QueryParam("project_id") String projectId, JsonObject body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.optionalName("name", 100).orElse(null);
        List<Part> parts = parts(fields).orElse(null);
        return ModelView.of(models.update(workspace(projectId, OrgRole.MEMBER), modelId, name, parts));
    }

    /** Replaces the whole model: {@code name} is required, missing {@code parts} means none. */
    @PUT
    @Path("/{modelId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresScope(Scope.MODELS_WRITE)
    public ModelView replace(
            @PathParam("modelId") String modelId, @QueryParam("project_id") String projectId, JsonObject body) {
        JsonFields fields = JsonFields.of(body, FIELDS);
        String name = fields.requiredName("name", 100);
        List<Part> parts = parts(fields).orElse(List.of());
        return ModelView.of(models.update(workspace(projectId, OrgRole.MEMBER), modelId, name, parts));
    }

    @DELETE
    @Path("/{modelId}")
    @RequiresScope(Scope.MODELS_WRITE)
    public Response delete(@PathParam("modelId") String modelId, @QueryParam("project_id") String projectId) {
        models.delete(workspace(projectId, OrgRole.MEMBER), modelId);
        return Response.noContent().build();
    }

    /** The account or project the request acts on ({@code project_id}: a project of the caller's organizations). */
    private String workspace(String projectId, OrgRole needed) {
        return workspaces.of(caller.get(), projectId, needed);
    }

    private static Optional<List<Part>> parts(JsonFields fields) {
        return fields.optionalArray("parts", PartsParser.MAX_PARTS).map(PartsParser::parse);
    }
}
