package io.genx3d.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** A response as a test sees it: status, headers and the body, parsed as JSON on demand. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }

    public JsonObject error() {
        return json().getJsonObject("error");
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    public List<String> allHeaders(String name) {
        return headers.allValues(name);
    }

    public static JsonStructure parse(String json) {
        return Json.createReader(new StringReader(json)).read();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
