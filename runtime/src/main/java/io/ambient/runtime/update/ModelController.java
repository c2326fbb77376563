package io.ambient.runtime.update;

import io.ambient.models.pkg.ModelPackageException;
import io.ambient.models.pkg.SemanticVersion;
import io.ambient.models.registry.RegistryException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The model registry over HTTP: versions and gate reports, installing an update, rolling back. */
@Controller("/api/models")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ModelController {
    private final ModelUpdateService updates;

    public ModelController(ModelUpdateService updates) {
        this.updates = updates;
    }

    @Get
    @Operation(summary = "Every model version (built-in, installed, rejected) with its gate report; the active one")
    public String list() {
        return ModelsJson.registry(updates);
    }

    @Get("/{version}/gate")
    @Operation(summary = "The compatibility gate report of one version")
    public HttpResponse<String> gate(@PathVariable String version) {
        SemanticVersion v;
        try {
            v = SemanticVersion.parse(version);
        } catch (IllegalArgumentException e) {
            return error(HttpStatus.BAD_REQUEST, "not a version: " + version);
        }
        return updates.registry().gateReport(v).<HttpResponse<String>>map(r -> HttpResponse.ok(ModelsJson.gate(r)))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, "no gate report for version " + version));
    }

    /** @param path a package directory on the hub's disk */
    @Serdeable
    public record InstallBody(String path) { }

    @Post("/install")
    @Operation(summary = "Offer the package in a directory on the hub: verified, gated, activated or rejected")
    public HttpResponse<String> install(@Body InstallBody body) {
        if (body == null || body.path() == null || !Files.isDirectory(Path.of(body.path()))) {
            return error(HttpStatus.BAD_REQUEST, "'path' must name a package directory on the hub");
        }
        return answer(updates.offer(Path.of(body.path()), "path"));
    }

    @Post
    @Consumes("application/zip")
    @Operation(summary = "Upload a package as a zip (manifest.json at its root): verified, gated, activated or rejected")
    public HttpResponse<String> upload(@Body byte[] zip) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ambient-upload");
            Path pkg = dir.resolve("package");
            PackageZip.extract(zip, pkg);
            return answer(updates.offer(pkg, "http"));
        } catch (PackageZip.BadZipException e) {
            return error(HttpStatus.BAD_REQUEST, "the upload is not a usable package zip: " + e.getMessage());
        } catch (IOException e) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "cannot stage the upload: " + e);
        } finally {
            PackageZip.deleteQuietly(dir);
        }
    }

    @Post("/rollback")
    @Operation(summary = "Serve the version that served before the current one")
    public HttpResponse<String> rollback() {
        try {
            return HttpResponse.ok(ModelsJson.active(updates.rollback()));
        } catch (RegistryException e) {
            return error(HttpStatus.CONFLICT, e.getMessage());
        } catch (ModelPackageException e) {
            return error(HttpStatus.INTERNAL_SERVER_ERROR, "cannot open the previous version: " + e.getMessage());
        }
    }

    private static HttpResponse<String> answer(UpdateOutcome outcome) {
        String json = ModelsJson.outcome(outcome);
        return outcome instanceof UpdateOutcome.Activated ? HttpResponse.ok(json)
                : HttpResponse.<String>status(HttpStatus.UNPROCESSABLE_ENTITY).body(json);
    }

    private static HttpResponse<String> error(HttpStatus status, String message) {
        com.fasterxml.jackson.databind.node.ObjectNode n = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        n.put("error", message);
        return HttpResponse.<String>status(status).body(n.toString());
    }
}
