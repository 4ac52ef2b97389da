package fi.keinokartta.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The open API is documented at /q/openapi. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyEndpointIsDocumented() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths", hasKey("/api/v1/search"))
                .body("paths", hasKey("/api/v1/measures/{id}"))
                .body("paths", hasKey("/api/v1/combinations"))
                .body("paths", hasKey("/api/v1/taxonomies"))
                .body("paths", hasKey("/api/v1/situations"))
                .body("paths", hasKey("/api/v1/situations/{id}"))
                .body("paths.'/api/v1/situations/{id}'.get.responses", hasKey("404"))
                .body("paths.'/api/v1/search'.get.responses", hasKey("400"))
                .body("components.schemas", hasKey("Problem"));
    }
}
