package dev.lookasidelint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven through its DevTools protocol, over the JDK's own WebSocket client:
 * no WebDriver, no driver download, nothing but {@code /usr/bin/chromium}. One browser, one page.
 *
 * <p>Chromium is started with a fresh profile in a temporary folder and with its background
 * networking off (on a closed network its own connections would be refused, and a test must not
 * depend on them). It listens on a port it picks itself and writes to the profile; only this
 * process's page is ever driven.
 */
final class HeadlessChromium implements AutoCloseable {

    static final Path BINARY = Path.of(System.getProperty("html.browser.chromium", "/usr/bin/chromium"));
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** Starts the browser with a viewport of {@code width} x {@code height} CSS pixels at scale 1. */
    static HeadlessChromium start(int width, int height) throws Exception {
        Path profile = Files.createTempDirectory("lookaside-chromium-");
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--force-color-profile=srgb",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=" + width + "," + height, "about:blank"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("Chromium did not start; its log:\n" + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(TIMEOUT).build();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body());
            String pageSocket = null;
            for (JsonNode t : targets) {
                if ("page".equals(t.path("type").asText())) pageSocket = t.path("webSocketDebuggerUrl").asText();
            }
            if (pageSocket == null) throw new IllegalStateException("Chromium has no page: " + targets);
            HeadlessChromium[] self = new HeadlessChromium[1];
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(pageSocket), new Replies(reply -> self[0].received(reply)))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new HeadlessChromium(process, profile, socket);
            self[0].call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
            return self[0];
        } catch (Exception | Error e) {
            process.destroyForcibly();
            deleteTree(profile);
            throw e;
        }
    }

    /** One DevTools command; its {@code result}, or an exception carrying the protocol's error. */
    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) throw new IllegalStateException(method + ": " + answer.get("error"));
        return answer.path("result");
    }

    /** Opens {@code url} and waits until the page has loaded. */
    void open(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!Boolean.TRUE.equals(evaluate("document.readyState === 'complete' && location.href === " + JSON.writeValueAsString(url)))) {
            if (System.nanoTime() > deadline) throw new IllegalStateException("page did not load: " + url);
            Thread.sleep(25);
        }
    }

    /** Runs {@code expression} in the page; its value as a Java value (String, Number, Boolean, List, Map or null). */
    Object evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        return JSON.treeToValue(result.path("result").path("value"), Object.class);
    }

    /** A real left click (mouse moved, pressed, released) at the centre of the first element that {@code selector} matches. */
    void click(String selector) throws Exception {
        String sel = JSON.writeValueAsString(selector);
        evaluate("document.querySelector(" + sel + ").scrollIntoView({block: 'center'})");
        @SuppressWarnings("unchecked")
        Map<String, Number> at = (Map<String, Number>) evaluate("(() => { const r = document.querySelector(" + sel
                + ").getBoundingClientRect(); return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        double x = at.get("x").doubleValue();
        double y = at.get("y").doubleValue();
        call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
        call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
        call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
    }

    /** A key typed on the keyboard, such as {@code "n"}. */
    void type(String key) throws Exception {
        call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", key));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
    }

    /** The viewport as a PNG. */
    byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText());
    }

    /**
     * The element {@code selector} matches, as a PNG of its box on the page (scrolled or not), in whole
     * pixels so that nothing is resampled.
     */
    byte[] screenshotOf(String selector) throws Exception {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) evaluate("(() => { const r = document.querySelector("
                + JSON.writeValueAsString(selector) + ").getBoundingClientRect(); return {x: Math.floor(r.left + scrollX),"
                + " y: Math.floor(r.top + scrollY), w: Math.ceil(r.width), h: Math.ceil(r.height)}; })()");
        Map<String, Object> clip = Map.of("x", box.get("x"), "y", box.get("y"), "width", box.get("w"), "height", box.get("h"),
                "scale", 1);
        return Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png", "clip", clip,
                "captureBeyondViewport", true)).path("data").asText());
    }

    /** Moves the mouse to the page's top left corner, so that no hover style is left on what was clicked. */
    void moveMouseAway() throws Exception {
        call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", 0, "y", 0));
    }

    private void received(String text) {
        try {
            JsonNode message = JSON.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
                if (reply != null) reply.complete(message);
            }
        } catch (IOException e) {
            pending.values().forEach(p -> p.completeExceptionally(e));
        }
    }

    @Override
    public void close() throws Exception {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser goes anyway
        }
        // Only this browser's own processes, by handle.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
        deleteTree(profile);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException e) {
            // Chromium's helper processes may still be writing to the profile: leave the rest to the OS.
        }
    }

    /** Puts the text frames of one message together and hands each whole message on. */
    private static final class Replies implements WebSocket.Listener {
        private final java.util.function.Consumer<String> sink;
        private final StringBuilder partial = new StringBuilder();

        Replies(java.util.function.Consumer<String> sink) {
            this.sink = sink;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String whole = partial.toString();
                partial.setLength(0);
                sink.accept(whole);
            }
            webSocket.request(1);
            return null;
        }
    }
}
