package org.entwine.datasets.update;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javax.net.ssl.SSLException;
import org.entwine.input.UserInputException;

/**
 * Fetches publishers' files over HTTP(S) with the JDK's client: a User-Agent naming Entwine,
 * proxies from the usual variables ({@link Proxies}), several files at once over kept-alive
 * connections, and what real downloads need. A file is written beside its place under a name of its
 * own and moved into place only whole and checked (its size and MD5 against the publisher's list
 * where the list gives them), so a file in place is always a whole one. A server that does not
 * answer within the timeout, or sends less than 1 KB in a timeout's time (a stalled or crawling
 * transfer, as curl's low-speed limit), a dropped connection, a refused one, an answer 429 or 5xx,
 * and a file that fails its check are tried again after a wait that doubles (a server's Retry-After
 * is honoured); a 404 and other refusals are not. What still fails is a {@link FetchException} that
 * says what went wrong.
 */
public final class Fetcher implements AutoCloseable {
  /** Less than this many bytes in a timeout's time is a transfer too slow to wait for. */
  static final long SLOWEST = 1024;

  /** The longest wait between tries. */
  private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

  /**
   * How a fetcher behaves.
   *
   * @param connections files fetched at once (each over a connection of its own)
   * @param retries tries after the first
   * @param timeout for a connection, for the answer to begin, and the window a transfer must move
   *     at least 1 KB in
   * @param firstWait the wait before the first retry; each next one waits twice as long
   * @param userAgent the User-Agent sent: Entwine's name and version
   * @param env where the proxies are read from (the process's environment)
   */
  public record Settings(
      int connections,
      int retries,
      Duration timeout,
      Duration firstWait,
      String userAgent,
      Map<String, String> env) {
    public Settings {
      if (connections < 1 || connections > 64)
        throw new UserInputException(
            "--connections expects a number from 1 to 64, got " + connections);
      if (retries < 0 || retries > 20)
        throw new UserInputException("--retries expects a number from 0 to 20, got " + retries);
      if (timeout.isNegative() || timeout.isZero())
        throw new UserInputException("--timeout expects a number of seconds above 0");
    }
  }

  /**
   * What a file is expected to be, from the publisher's list.
   *
   * @param bytes its size, or -1 when not known
   * @param md5 its MD5 as lowercase hex, or null when not known
   */
  public record Expected(long bytes, String md5) {
    public static final Expected ANY = new Expected(-1, null);
  }

  /**
   * What a fetch gave.
   *
   * @param changed false when the server said the copy kept is current (304), and nothing was
   *     written
   * @param bytes the bytes written
   * @param etag the server's ETag, or null
   * @param lastModified the server's Last-Modified, or null
   */
  public record Fetched(boolean changed, long bytes, String etag, String lastModified) {}

  private final Settings settings;
  private final HttpClient client;
  private final ExecutorService threads;
  private final Consumer<String> notes;

  /**
   * A fetcher; {@code notes} hears of each retry (what went wrong, and when it tries again).
   *
   * @throws UserInputException when a proxy variable is not an address
   */
  public Fetcher(Settings settings, Consumer<String> notes) {
    this.settings = settings;
    this.notes = notes;
    this.threads =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "entwine-http");
              t.setDaemon(true);
              return t;
            });
    Proxies proxies = Proxies.from(settings.env());
    HttpClient.Builder b =
        HttpClient.newBuilder()
            .connectTimeout(settings.timeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .proxy(proxies)
            .executor(threads);
    if (proxies.authenticator() != null) b.authenticator(proxies.authenticator());
    this.client = b.build();
  }

  /**
   * Lets the client's connections and threads go. Java 17's client cannot be closed: its selector
   * thread waits in native code until the client is collected, and the JVM's exit waits up to 300
   * ms for threads in native code (measured: every {@code entwine update} took 0.31 s longer to
   * exit). Interrupting that thread, which the client names for its number, ends it; from Java 21
   * the client closes itself.
   */
  @Override
  public void close() {
    threads.shutdownNow();
    if (client instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception e) {
        // closing after the work is done: nothing waits on it
      }
      return;
    }
    String name = client.toString(); // jdk.internal.net.http.HttpClientImpl@1b6d3586(7)
    if (!name.endsWith(")") || name.lastIndexOf('(') < 0) return;
    String selector =
        "HttpClient-"
            + name.substring(name.lastIndexOf('(') + 1, name.length() - 1)
            + "-SelectorManager";
    Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(selector))
        .forEach(Thread::interrupt);
  }

  public Settings settings() {
    return settings;
  }

  /**
   * Fetches {@code url} into {@code target}, checked against {@code expected}, trying again as the
   * class says; {@code conditions} are request headers such as If-None-Match (an answer 304 leaves
   * the target as it is); {@code progress} hears the bytes as they arrive (and, for a try that
   * failed, the same taken back).
   *
   * @throws FetchException when it could not be fetched whole and right
   */
  public Fetched fetch(
      URI url,
      Path target,
      Expected expected,
      Map<String, String> conditions,
      LongConsumer progress) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(url, target, expected, conditions, progress);
      } catch (Failure f) {
        if (!f.again || attempt > settings.retries())
          throw new FetchException(
              url,
              f.getMessage() + (attempt > 1 ? " (tried " + attempt + " times)" : ""),
              f.status);
        Duration wait = f.retryAfter != null ? f.retryAfter : wait(attempt);
        notes.accept(
            name(url) + ": " + f.getMessage() + "; trying again in " + seconds(wait) + " s");
        try {
          Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new FetchException(url, "stopped while waiting to try again");
        }
      }
    }
  }

  /** The wait before try {@code attempt} + 1: doubling, with a quarter of it at random. */
  private Duration wait(int attempt) {
    long ms = settings.firstWait().toMillis() << Math.min(attempt - 1, 16);
    ms = Math.min(ms, LONGEST_WAIT.toMillis());
    return Duration.ofMillis(ms + ThreadLocalRandom.current().nextLong(ms / 4 + 1));
  }

  private static String seconds(Duration d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }

  private static String name(URI url) {
    String p = url.getPath() == null ? "" : url.getPath();
    return p.substring(p.lastIndexOf('/') + 1);
  }

  /** A try that failed: why, whether to try again, and when the server asked to. */
  private static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    final boolean again;
    final transient Duration retryAfter;
    final int status;

    Failure(String why, boolean again, Duration retryAfter, int status) {
      super(why, null, false, false);
      this.again = again;
      this.retryAfter = retryAfter;
      this.status = status;
    }

    Failure(String why, boolean again) {
      this(why, again, null, 0);
    }
  }

  private Fetched once(
      URI url,
      Path target,
      Expected expected,
      Map<String, String> conditions,
      LongConsumer progress)
      throws Failure {
    Path part =
        target.resolveSibling(
            "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .timeout(settings.timeout())
            .header("User-Agent", settings.userAgent())
            .version(
                "https".equalsIgnoreCase(url.getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .GET();
    conditions.forEach(request::header);
    ToFile body = new ToFile(part, progress);
    boolean done = false;
    try {
      HttpResponse<Void> response = await(url, request.build(), body);
      int status = response.statusCode();
      if (status == 304) return new Fetched(false, 0, null, null);
      if (status != 200) throw refused(response);
      long size = body.bytes.get();
      if (expected.bytes() >= 0 && size != expected.bytes())
        throw new Failure(
            "the publisher's list gives "
                + expected.bytes()
                + " bytes, and "
                + size
                + " arrived: "
                + (size < expected.bytes() ? "a truncated file" : "not the file listed"),
            true);
      String md5 = body.md5();
      if (expected.md5() != null && !expected.md5().equals(md5))
        throw new Failure(
            "the publisher's list gives MD5 "
                + expected.md5()
                + ", and the file that arrived has "
                + md5
                + ": a damaged or changed file",
            true);
      try {
        Files.move(
            part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UserInputException(
            "cannot keep the download in " + target.getParent() + ": " + e.getMessage());
      }
      done = true;
      return new Fetched(
          true,
          size,
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
    } finally {
      if (!done) {
        progress.accept(-body.bytes.get());
        try {
          Files.deleteIfExists(part);
        } catch (IOException e) {
          // a scrap of a failed try, under a name no one reads
        }
      }
    }
  }

  /**
   * Sends the request and waits for the whole answer, watching the transfer: less than {@link
   * #SLOWEST} bytes in a timeout's time, once the body has begun, stops it.
   */
  private HttpResponse<Void> await(URI url, HttpRequest request, ToFile body) throws Failure {
    CompletableFuture<HttpResponse<Void>> answer =
        client.sendAsync(
            request,
            info -> {
              if (info.statusCode() != 200)
                return HttpResponse.BodySubscribers.replacing((Void) null);
              body.length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
              return body;
            });
    long window = settings.timeout().toMillis();
    long before = 0;
    while (true) {
      try {
        return answer.get(window, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        long now = body.bytes.get();
        if (body.begun() && now - before < SLOWEST) {
          body.stop();
          answer.cancel(true);
          throw new Failure(
              "the transfer is too slow: less than 1 KB in "
                  + seconds(settings.timeout())
                  + " s, after "
                  + now
                  + " bytes",
              true);
        }
        before = now;
      } catch (InterruptedException e) {
        body.stop();
        answer.cancel(true);
        Thread.currentThread().interrupt();
        throw new Failure("stopped", false);
      } catch (CancellationException e) {
        throw new Failure("stopped", false);
      } catch (ExecutionException e) {
        throw failure(url, e.getCause(), body);
      }
    }
  }

  /** What went wrong with a try, in words. */
  private Failure failure(URI url, Throwable t, ToFile body) {
    String where = url.getHost() + (url.getPort() > 0 ? ":" + url.getPort() : "");
    String timeout = seconds(settings.timeout()) + " s";
    if (t instanceof HttpConnectTimeoutException)
      return new Failure("no connection to " + where + " within " + timeout, true);
    if (t instanceof HttpTimeoutException)
      return new Failure(where + " did not answer within " + timeout, true);
    if (t instanceof ConnectException || t instanceof UnresolvedAddressException) {
      Throwable c = t.getCause() != null ? t.getCause() : t;
      boolean unknown =
          c instanceof UnresolvedAddressException
              || c instanceof java.net.UnknownHostException
              || t instanceof UnresolvedAddressException;
      return new Failure(
          unknown
              ? "cannot find the host "
                  + url.getHost()
                  + " (is there a network here, and is the address right?)"
              : "cannot connect to "
                  + where
                  + " ("
                  + (c.getMessage() == null ? c.getClass().getSimpleName() : c.getMessage())
                  + "): is there a network here, and is the address right?",
          true);
    }
    if (t instanceof SSLException)
      return new Failure("the secure connection to " + where + " failed: " + t.getMessage(), true);
    if (t instanceof IOException) {
      long got = body.bytes.get();
      return new Failure(
          body.begun()
              ? "the connection closed after "
                  + got
                  + (body.length >= 0 ? " of " + body.length : "")
                  + " bytes"
              : "the connection failed: " + t.getMessage(),
          true);
    }
    if (t instanceof RuntimeException r) throw r;
    return new Failure(String.valueOf(t), true);
  }

  /** A status other than 200 and 304, in words; 429 and 5xx are tried again. */
  private static Failure refused(HttpResponse<Void> response) {
    int status = response.statusCode();
    Duration retryAfter =
        response
            .headers()
            .firstValue("Retry-After")
            .filter(v -> v.strip().matches("\\d{1,5}"))
            .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
            .map(d -> d.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : d)
            .orElse(null);
    String what =
        switch (status) {
          case 404, 410 -> "not found (" + status + "): the publisher does not serve it (now)";
          case 401, 403 -> "refused (" + status + "): this server does not let Entwine fetch it";
          case 429 -> "too many requests (429): the server asks to slow down";
          default -> "the server answered " + status;
        };
    return new Failure(what, status == 429 || status >= 500, retryAfter, status);
  }

  /**
   * The body written to a file as it arrives, its MD5 computed on the way (no second reading), and
   * its bytes counted for the progress bar and the watch on slow transfers.
   */
  private static final class ToFile implements HttpResponse.BodySubscriber<Void> {
    private final Path file;
    private final LongConsumer progress;
    private final MessageDigest md5;
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    final AtomicLong bytes = new AtomicLong();
    volatile long length = -1;
    private volatile Flow.Subscription subscription;
    private FileChannel channel;

    ToFile(Path file, LongConsumer progress) {
      this.file = file;
      this.progress = progress;
      try {
        this.md5 = MessageDigest.getInstance("MD5");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java runtime has MD5", e);
      }
    }

    boolean begun() {
      return subscription != null;
    }

    String md5() {
      return HexFormat.of().formatHex(md5.digest());
    }

    void stop() {
      Flow.Subscription s = subscription;
      if (s != null) s.cancel();
      close();
      done.completeExceptionally(new IOException("stopped"));
    }

    @Override
    public CompletionStage<Void> getBody() {
      return done;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      try {
        channel =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
      } catch (IOException e) {
        s.cancel();
        done.completeExceptionally(
            new UserInputException(
                "cannot write the download to " + file.getParent() + ": " + e.getMessage()));
        return;
      }
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      try {
        long n = 0;
        synchronized (this) {
          if (channel == null) return; // stopped
          for (ByteBuffer b : items) {
            md5.update(b.duplicate());
            n += b.remaining();
            while (b.hasRemaining()) channel.write(b);
          }
        }
        bytes.addAndGet(n);
        progress.accept(n);
        subscription.request(1);
      } catch (IOException e) {
        subscription.cancel();
        close();
        done.completeExceptionally(
            new UserInputException(
                "cannot write the download to " + file.getParent() + ": " + e.getMessage()));
      }
    }

    @Override
    public void onError(Throwable t) {
      close();
      done.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
      close();
      done.complete(null);
    }

    private synchronized void close() {
      if (channel == null) return;
      try {
        channel.close();
      } catch (IOException e) {
        // the file is checked (size and MD5) before it is kept
      }
      channel = null;
    }
  }
}
