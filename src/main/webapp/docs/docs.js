// Swagger UI on the published contract; "Authorize" takes an API key (sk-…) for "Try it out".
window.addEventListener("load", function () {
    window.ui = SwaggerUIBundle({
        url: "/openapi?format=JSON",
        dom_id: "#swagger-ui",
        deepLinking: true,
        persistAuthorization: false
    });
});
