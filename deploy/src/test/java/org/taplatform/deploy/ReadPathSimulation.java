package org.taplatform.deploy;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The load {@link ReadPathBenchmark} puts on the platform, one request after the other, as Gatling runs it: a
 * {@link Plan} read from the file named by the system property {@code ta.bench.plan}. In a {@code SATURATE} run each
 * request is sent by a fixed number of users that send the next as soon as the last is answered (the most the
 * platform answers); in a {@code RATE} run new users arrive at the request's rate whatever the answers' speed (Gatling's
 * open model: a slow answer does not hold the next request back, so latencies are free of coordinated omission). Each
 * user reads with a token of the next of many distinct users (a CSV feeder), as donors' desk officers would.
 */
public class ReadPathSimulation extends Simulation {

    /** What to send: the requests in order, how, and with whose tokens. */
    public record Plan(String mode, int seconds, int concurrency, String tokens, List<Request> requests) {
    }

    /** One request: its label, its URL, whether it needs a token, and its rate in a {@code RATE} run. */
    public record Request(String name, String url, boolean authenticated, double rate) {
    }

    /** The latency percentiles read from the report. */
    public static final double[] PERCENTILES = { 50, 99, 99.9 };

    public ReadPathSimulation() {
        Plan plan = plan();
        FeederBuilder<String> tokens = csv(plan.tokens()).circular();
        HttpProtocolBuilder protocol = http.acceptHeader("application/json").acceptEncodingHeader("identity")
                .shareConnections().maxConnectionsPerHost(plan.concurrency());
        // one after the other: built from the last, each the child of the one before (andThen)
        PopulationBuilder chain = null;
        for (Request request : plan.requests().reversed()) {
            HttpRequestActionBuilder get = http(request.name()).get(request.url()).check(status().is(200));
            if (request.authenticated()) {
                get = get.header("Authorization", "Bearer #{token}");
            }
            ScenarioBuilder scenario = scenario(request.name()).feed(tokens).exec(get);
            PopulationBuilder population = plan.mode().equals("SATURATE")
                    ? scenario.injectClosed(constantConcurrentUsers(plan.concurrency())
                            .during(Duration.ofSeconds(plan.seconds())))
                    : scenario.injectOpen(constantUsersPerSec(request.rate()).during(Duration.ofSeconds(plan.seconds())));
            chain = chain == null ? population : population.andThen(chain);
        }
        // Gatling writes each assertion's actual value in the report (js/assertions.xml): how ReadPathBenchmark reads
        // the figures of each request; none of these can fail but the one on failed requests
        List<Assertion> figures = new java.util.ArrayList<>();
        for (Request request : plan.requests()) {
            figures.add(details(request.name()).successfulRequests().count().gte(0L));
            figures.add(details(request.name()).failedRequests().count().is(0L));
            for (double percentile : PERCENTILES) {
                figures.add(details(request.name()).responseTime().percentile(percentile).gte(0));
            }
        }
        setUp(chain).protocols(protocol).assertions(figures);
    }

    private static Plan plan() {
        try {
            return new ObjectMapper().readValue(Files.readAllBytes(Path.of(System.getProperty("ta.bench.plan"))),
                    Plan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
