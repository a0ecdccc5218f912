package org.entwine.datasets.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.entwine.input.UserInputException;
import org.entwine.testing.GdeltMirror;
import org.entwine.testing.LocalPublisher;
import org.entwine.testing.LocalPublisher.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fetching a publisher's files from a server on this machine that serves real GDELT exports (the
 * committed excerpts, zipped as GDELT zips them) and fails as real servers and networks do.
 */
class FetcherTest {
  @TempDir Path dir;
  Path mirror;
  Path downloads;
  LocalPublisher publisher;
  final List<String> notes = Collections.synchronizedList(new ArrayList<>());

  static final String NAME = GdeltMirror.EXPORTS.get(1);

  @BeforeEach
  void serve() throws Exception {
    mirror = GdeltMirror.write(dir.resolve("mirror"));
    downloads = Files.createDirectories(dir.resolve("downloads"));
    publisher = LocalPublisher.serving(mirror);
  }

  @AfterEach
  void stop() {
    publisher.close();
  }

  private Fetcher fetcher(int retries, Map<String, String> env) {
    return new Fetcher(
        new Fetcher.Settings(
            2, retries, Duration.ofSeconds(1), Duration.ofMillis(50), "Entwine/test", env),
        notes::add);
  }

  private Path served() {
    return mirror.resolve("gdeltv2").resolve(NAME);
  }

  private Fetcher.Expected expected() throws Exception {
    byte[] bytes = Files.readAllBytes(served());
    return new Fetcher.Expected(bytes.length, md5(bytes));
  }

  private static String md5(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
  }

  private URI address() {
    return publisher.base().resolve("gdeltv2/" + NAME);
  }

  @Test
  void aFileArrivesWholeCheckedAndAsksAsEntwine() throws Exception {
    AtomicLong progress = new AtomicLong();
    Path target = downloads.resolve(NAME);
    Fetcher.Fetched got =
        fetcher(0, Map.of()).fetch(address(), target, expected(), Map.of(), progress::addAndGet);
    assertThat(got.changed()).isTrue();
    assertThat(target).hasSameBinaryContentAs(served());
    assertThat(progress.get()).isEqualTo(Files.size(served()));
    assertThat(publisher.userAgents()).containsExactly("Entwine/test");
    assertThat(got.etag()).isNotBlank();
    try (Stream<Path> files = Files.list(downloads)) {
      assertThat(files).containsExactly(target);
    }
  }

  @Test
  void closedItLeavesNoThreadInNativeCodeForTheJvmsExitToWaitFor() throws Exception {
    java.util.function.Supplier<List<Thread>> selectors =
        () ->
            Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().matches("HttpClient-\\d+-SelectorManager"))
                .toList();
    List<Thread> before = selectors.get();
    Fetcher f = fetcher(0, Map.of());
    f.fetch(address(), downloads.resolve(NAME), expected(), Map.of(), n -> {});
    List<Thread> its = new ArrayList<>(selectors.get());
    its.removeAll(before);
    assertThat(its).as("the client's selector, waiting in native code").hasSize(1);
    f.close();
    its.get(0).join(5_000);
    assertThat(its.get(0).isAlive()).isFalse();
  }

  @Test
  void aListKeptIsFetchedAgainOnlyOnceItChanged() throws Exception {
    HttpCache cache = new HttpCache(dir.resolve("cache"));
    Fetcher f = fetcher(0, Map.of());
    URI list = publisher.base().resolve("gdeltv2/masterfilelist.txt");
    HttpCache.Copy first = cache.get(f, list, n -> {});
    assertThat(first.changed()).isTrue();
    assertThat(first.file()).hasSameTextualContentAs(mirror.resolve("gdeltv2/masterfilelist.txt"));
    HttpCache.Copy second = cache.get(f, list, n -> {});
    assertThat(second.changed()).as("the server said 304").isFalse();
    assertThat(publisher.notModified()).isEqualTo(1);
    assertThat(second.fetched()).isEqualTo(first.fetched());
    assertThat(cache.kept(list).checked()).isEqualTo(second.checked());
    // the publisher adds a line: fetched again
    Files.writeString(
        mirror.resolve("gdeltv2/masterfilelist.txt"),
        Files.readString(mirror.resolve("gdeltv2/masterfilelist.txt")) + "\n");
    assertThat(cache.get(f, list, n -> {}).changed()).isTrue();
    assertThat(publisher.notModified()).isEqualTo(1);
  }

  static Stream<Arguments> faults() {
    return Stream.of(
        Arguments.of(Fault.NOT_FOUND, "not found (404)", 1),
        Arguments.of(Fault.SERVER_ERROR, "the server answered 500 (tried 2 times)", 2),
        Arguments.of(Fault.TRUNCATED, " arrived: a truncated file (tried 2 times)", 2),
        Arguments.of(Fault.CORRUPT, ": a damaged or changed file (tried 2 times)", 2),
        Arguments.of(Fault.NO_ANSWER, "did not answer within 1.0 s (tried 2 times)", 2),
        Arguments.of(Fault.SLOW, "the transfer is too slow: less than 1 KB in 1.0 s", 2),
        Arguments.of(Fault.DROPPED, "the connection closed after", 2));
  }

  @ParameterizedTest
  @MethodSource("faults")
  void aFaultThatLastsIsReportedInWordsAndLeavesNothingBehind(
      Fault fault, String message, int requests) throws Exception {
    publisher.fail(NAME, fault, 10);
    Path target = downloads.resolve(NAME);
    AtomicLong progress = new AtomicLong();
    assertThatThrownBy(
            () ->
                fetcher(1, Map.of())
                    .fetch(address(), target, expected(), Map.of(), progress::addAndGet))
        .isInstanceOf(FetchException.class)
        .hasMessageStartingWith(address() + ": ")
        .hasMessageContaining(message);
    assertThat(publisher.requests(NAME)).isEqualTo(requests);
    assertThat(progress.get()).as("the bytes of a failed try are taken back").isZero();
    try (Stream<Path> files = Files.list(downloads)) {
      assertThat(files).as("no file, whole or in part").isEmpty();
    }
  }

  @Test
  void aFaultThatPassesIsTriedAgainAfterAWaitAndTheFileArrives() throws Exception {
    publisher.fail(NAME, Fault.SERVER_ERROR, 1);
    publisher.fail(NAME, Fault.DROPPED, 1);
    Path target = downloads.resolve(NAME);
    fetcher(2, Map.of()).fetch(address(), target, expected(), Map.of(), n -> {});
    assertThat(target).hasSameBinaryContentAs(served());
    assertThat(publisher.requests(NAME)).isEqualTo(3);
    assertThat(notes)
        .hasSize(2)
        .first()
        .asString()
        .startsWith(NAME + ": the server answered 500; trying again in ");
  }

  @Test
  void noServerAtTheAddressIsAConnectionRefusedInWords() throws Exception {
    URI nowhere = LocalPublisher.nowhere().resolve("gdeltv2/" + NAME);
    assertThatThrownBy(
            () ->
                fetcher(1, Map.of())
                    .fetch(nowhere, downloads.resolve(NAME), expected(), Map.of(), n -> {}))
        .isInstanceOf(FetchException.class)
        .hasMessageContaining("cannot connect to 127.0.0.1:" + nowhere.getPort())
        .hasMessageContaining("is there a network here, and is the address right?");
  }

  @Test
  void aProxyTheEnvironmentNamesCarriesTheRequests() throws Exception {
    // the local publisher as the proxy: a host that resolves nowhere is reached through it
    URI far = URI.create("http://gdelt.invalid/gdeltv2/" + NAME);
    Map<String, String> env = Map.of("http_proxy", publisher.base().toString());
    Path target = downloads.resolve(NAME);
    fetcher(0, env).fetch(far, target, expected(), Map.of(), n -> {});
    assertThat(target).hasSameBinaryContentAs(served());
    assertThat(publisher.requests(NAME)).isEqualTo(1);
  }

  @Test
  void theProxyVariablesAreReadAsCurlReadsThem() {
    URI http = URI.create("http://data.gdeltproject.org/x");
    URI https = URI.create("https://api.worldbank.org/x");
    Proxies p =
        Proxies.from(
            Map.of(
                "http_proxy", "proxy.example:3128",
                "HTTPS_PROXY", "http://secure.example:8443",
                "no_proxy", ".worldbank.org, localhost"));
    assertThat(p.proxyFor(http)).hasToString("http://proxy.example:3128");
    assertThat(p.proxyFor(https)).as("no_proxy, by domain").isNull();
    assertThat(p.proxyFor(URI.create("https://other.example/")))
        .hasToString("http://secure.example:8443");
    assertThat(Proxies.from(Map.of("HTTP_PROXY", "http://p:1")).proxyFor(http))
        .as("HTTP_PROXY in capitals is a CGI's, not the user's")
        .isNull();
    assertThat(Proxies.from(Map.of("all_proxy", "http://p:1", "no_proxy", "*")).proxyFor(http))
        .isNull();
    assertThat(Proxies.from(Map.of("all_proxy", "http://p:1")).proxyFor(https))
        .hasToString("http://p:1");
    assertThatThrownBy(() -> Proxies.from(Map.of("https_proxy", "http://user:secret@ bad")))
        .isInstanceOf(UserInputException.class)
        .hasMessageContaining("https_proxy")
        .hasMessageNotContaining("secret");
  }
}
