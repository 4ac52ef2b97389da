package fi.keinokartta.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * The floor of a service with one HTTP hop to the engine, for the benchmark: started in its own JVM with the
 * service's production options, it sends every request it gets (method, address, body) to the engine and answers
 * with what the engine said, on two ports: one passes the bytes through, the other reads the engine's JSON and
 * writes it out again (Jackson's streaming copy, the cheapest way to read an answer at all). The service does
 * everything the second one does and more (the query, the passages, the facets' labels, its answer), so on the
 * same machine it cannot beat the second one's ratio to the engine.
 * <p>
 * Arguments: the engine's host:port, the pass-through port, the read-and-write port. Netty and Vert.x as in the
 * service; no Quarkus, no REST layer, no Hibernate Search.
 */
public final class BareRelay {

    private static final JsonFactory JSON = new JsonFactory();

    private BareRelay() {
    }

    public static void main(String[] args) {
        String[] engine = args[0].split(":");
        Vertx vertx = Vertx.vertx();
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost(engine[0])
                .setDefaultPort(Integer.parseInt(engine[1])).setKeepAlive(true).setMaxPoolSize(16));
        vertx.createHttpServer().requestHandler(request -> relay(client, request, false)).listen(Integer.parseInt(args[1]))
                .toCompletionStage().toCompletableFuture().join();
        vertx.createHttpServer().requestHandler(request -> relay(client, request, true)).listen(Integer.parseInt(args[2]))
                .toCompletionStage().toCompletableFuture().join();
        System.out.println("relay listening on " + args[1] + " and " + args[2]);
    }

    private static void relay(HttpClient client, HttpServerRequest request, boolean read) {
        request.body().compose(body -> client.request(request.method(), request.uri())
                .compose(forward -> forward.putHeader("Content-Type", "application/json").send(body)))
                .compose(response -> response.body().map(answer -> {
                    request.response().setStatusCode(response.statusCode()).putHeader("Content-Type", "application/json")
                            .end(read ? readAndWrite(answer) : answer);
                    return answer;
                }))
                .onFailure(failure -> request.response().setStatusCode(502).end(String.valueOf(failure)));
    }

    /** The answer parsed token by token and written out again. */
    private static Buffer readAndWrite(Buffer answer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(answer.length());
        try (JsonParser parser = JSON.createParser(answer.getBytes()); JsonGenerator generator = JSON.createGenerator(out)) {
            while (parser.nextToken() != null) {
                generator.copyCurrentEvent(parser);
            }
        } catch (IOException e) {
            throw new IllegalStateException("The engine's answer is not JSON", e);
        }
        return Buffer.buffer(out.toByteArray());
    }
}
