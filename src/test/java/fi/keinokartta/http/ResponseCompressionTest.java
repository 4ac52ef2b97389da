package fi.keinokartta.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** Reading Accept-Encoding (RFC 9110 12.5.3), the content types compressed, and the gzipped copy of a kept answer. */
class ResponseCompressionTest {

    @Test
    void gzipIsTakenWhenNamedOrCoveredByAStarWithAWeightAboveZero() {
        for (String yes : List.of("gzip", "GZIP", "gzip, deflate, br", "br;q=1.0, gzip;q=0.5", "*", "deflate, *;q=0.1",
                "x-gzip", " gzip ; q=1 ", "gzip;q=0, gzip;q=0.3")) {
            assertThat(ResponseCompression.acceptsGzip(yes)).as(yes).isTrue();
        }
        for (String no : List.of("", "identity", "br", "deflate", "gzip;q=0", "gzip;q=0.0, *", "*;q=0", "gzip;q=abc",
                "gzip;q=2", "gzipped", "gzip;q=-1")) {
            assertThat(ResponseCompression.acceptsGzip(no)).as(no).isFalse();
        }
        assertThat(ResponseCompression.acceptsGzip(null)).isFalse();
    }

    @Test
    void theTypesComparedAreTheConfiguredOnesWithoutParameters() {
        var types = ResponseCompression.mediaTypes(List.of(" text/html", "Application/JSON "));
        assertThat(ResponseCompression.isCompressible("text/html;charset=UTF-8", types)).isTrue();
        assertThat(ResponseCompression.isCompressible("application/json", types)).isTrue();
        assertThat(ResponseCompression.isCompressible("image/png", types)).isFalse();
        assertThat(ResponseCompression.isCompressible(null, types)).isFalse();
    }

    @Test
    void theGzippedCopyDecodesToTheBody() throws IOException {
        byte[] body = "<p>Työkokeilu – arbetsprövning – work trial</p>".repeat(200).getBytes(StandardCharsets.UTF_8);
        byte[] gzipped = ResponseCompression.gzip(body, 1);
        assertThat(gzipped.length).isLessThan(body.length / 10);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            assertThat(in.readAllBytes()).isEqualTo(body);
        }
    }
}
