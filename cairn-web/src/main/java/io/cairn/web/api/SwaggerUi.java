package io.cairn.web.api;

/** The Swagger UI page, loading the UI from the swagger-ui webjar and the document from this server. */
final class SwaggerUi {
    private SwaggerUi() {}

    static String page(String webjarVersion) {
        String base = "/webjars/swagger-ui/" + webjarVersion + "/";
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>Cairn REST API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({url: "%2$s", dom_id: "#swagger-ui", deepLinking: true});
                  </script>
                </body>
                </html>
                """.formatted(base, RestApi.OPENAPI_PATH);
    }
}
