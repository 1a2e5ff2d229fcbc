package dev.lookasidelint.analyzer.project.msbuild;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a compile_commands.json: each entry's {@code file} (relative to its {@code directory}) is a
 * source, and its {@code command} string or {@code arguments} array gives {@code /D -D} defines (a bare
 * name means 1), {@code /I -I} include folders and {@code /FI} forced includes, in joined
 * ({@code /DNAME}) or separate ({@code /D NAME}) form; {@code @file} response files are expanded
 * (relative to {@code directory}, nested up to {@link #MAX_RESPONSE_DEPTH}). The frontend takes one set
 * of options per scan, so the entries' options are merged (later definitions win).
 */
public final class CompileCommands {
    static final int MAX_RESPONSE_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<Path> sources = new ArrayList<>();
    private final Map<String, String> defines = new LinkedHashMap<>();
    private final List<Path> includes = new ArrayList<>();
    private final List<Path> forced = new ArrayList<>();

    private CompileCommands(Path file) {
        this.file = file;
    }

    public static BuildSettings read(Path file) throws BuildFileException {
        return new CompileCommands(file).read();
    }

    private BuildSettings read() throws BuildFileException {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (IOException e) {
            String m = e.getMessage() == null ? "not valid JSON" : e.getMessage().lines().findFirst().orElse("not valid JSON");
            throw new BuildFileException(file, "not a valid compile_commands.json: " + m);
        }
        if (root == null || !root.isArray()) throw new BuildFileException(file, "expected a JSON array of compile commands");
        Path base = file.toAbsolutePath().normalize().getParent();
        int index = 0;
        for (JsonNode entry : root) {
            String where = "entry " + index++;
            if (!entry.isObject() || !entry.path("file").isTextual()) throw new BuildFileException(file, where + " has no \"file\"");
            Path dir = entry.path("directory").isTextual() ? base.resolve(slashes(entry.get("directory").asText())) : base;
            sources.add(dir.resolve(slashes(entry.get("file").asText())).normalize());
            List<String> args = new ArrayList<>();
            if (entry.path("arguments").isArray()) {
                for (JsonNode a : entry.get("arguments")) args.add(a.asText());
            } else if (entry.path("command").isTextual()) {
                args.addAll(CommandLineSplitter.split(entry.get("command").asText()));
            } else {
                throw new BuildFileException(file, where + " has neither \"command\" nor \"arguments\"");
            }
            options(expandResponseFiles(args, dir, 0), dir);
        }
        return new BuildSettings(sources, defines, includes, forced, null, null, null, null);
    }

    private List<String> expandResponseFiles(List<String> args, Path dir, int depth) throws BuildFileException {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            if (!a.startsWith("@") || a.length() == 1) {
                out.add(a);
                continue;
            }
            if (depth >= MAX_RESPONSE_DEPTH) throw new BuildFileException(file, "response files nested too deeply: " + a);
            Path rsp = dir.resolve(slashes(a.substring(1))).normalize();
            String text;
            try {
                text = Files.readString(rsp, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new BuildFileException(file, "cannot read response file " + rsp);
            }
            if (text.startsWith("\uFEFF")) text = text.substring(1);
            out.addAll(expandResponseFiles(CommandLineSplitter.split(text), dir, depth + 1));
        }
        return out;
    }

    private void options(List<String> args, Path dir) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.length() < 2 || (a.charAt(0) != '/' && a.charAt(0) != '-')) continue;
            String opt = a.substring(1);
            if (opt.startsWith("FI")) {
                String v = opt.length() > 2 ? opt.substring(2) : (i + 1 < args.size() ? args.get(++i) : "");
                if (!v.isEmpty()) forced.add(dir.resolve(slashes(v)).normalize());
            } else if (opt.startsWith("D")) {
                String v = opt.length() > 1 ? opt.substring(1) : (i + 1 < args.size() ? args.get(++i) : "");
                BuildSettings.addDefine(defines, v.replace('#', '='));
            } else if (opt.startsWith("I")) {
                String v = opt.length() > 1 ? opt.substring(1) : (i + 1 < args.size() ? args.get(++i) : "");
                if (!v.isEmpty()) includes.add(dir.resolve(slashes(v)).normalize());
            }
        }
    }

    private static String slashes(String p) {
        return p.replace('\\', '/');
    }
}
