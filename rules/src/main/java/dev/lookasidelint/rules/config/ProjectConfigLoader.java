package dev.lookasidelint.rules.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.lookasidelint.analyzer.project.IoErrors;
import dev.lookasidelint.rules.ddi.Ddi;
import dev.lookasidelint.rules.ddi.DdiRole;
import dev.lookasidelint.rules.ddi.DdiTable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a project configuration file:
 * <pre>
 * { "wrappers": [
 *     { "name": "MyAllocBuffer", "role": "allocate", "family": "npaged", "list": 0 },
 *     { "name": "MyFreeBuffer",  "role": "free",     "family": "npaged", "list": 0, "block": 1 } ] }
 * </pre>
 * Streamed token by token so that every problem names its line: a syntax error, an unknown key, an
 * unknown role or family, a missing name, a negative or missing argument index. Unknown keys are errors
 * rather than ignored, so that a misspelt key never silently does nothing.
 */
public final class ProjectConfigLoader {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** YAML is read as the same token stream, so every check and message (with its line) is shared. */
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Roles a user wrapper may take, as written in the file; the KMDF handle roles are not among them. */
    private static final Map<String, DdiRole> ROLES = new LinkedHashMap<>();
    static {
        for (DdiRole r : List.of(DdiRole.INITIALIZE, DdiRole.ALLOCATE, DdiRole.FREE, DdiRole.DELETE, DdiRole.FLUSH,
                DdiRole.POOL_ALLOCATE, DdiRole.POOL_FREE, DdiRole.BORROW)) {
            ROLES.put(r.name().toLowerCase(Locale.ROOT), r);
        }
    }

    /** Families of the lookaside DDIs in ddi.tsv (the pool and borrow roles have their own). */
    private static final List<String> LIST_FAMILIES = List.of("ex", "npaged", "paged", "ndis");

    private static final List<String> TOP_KEYS = List.of("wrappers", "rules", "exclude");
    private static final List<String> LEVELS = List.of("error", "warning", "note", "off");
    private static final Pattern RULE_ID = Pattern.compile("LAL0(0[1-9]|1[0-5])");
    private static final List<String> WRAPPER_KEYS = List.of("name", "role", "family", "list", "block");

    /** The longest value from the file that a message shows. */
    private static final int SHOWN_CHARS = 60;

    private final Path file;

    private ProjectConfigLoader(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, or explains in one line why it cannot be used. */
    public static ProjectConfig load(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read the configuration file: " + IoErrors.describe(e));
        }
        return new ProjectConfigLoader(file).parse(text);
    }

    private ProjectConfig parse(String text) throws ConfigException {
        boolean yaml = isYaml(file);
        String format = yaml ? "YAML" : "JSON";
        try (JsonParser p = yaml ? YAML.createParser(text) : JSON.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_OBJECT) throw error(p, "the file must hold one " + (yaml ? "YAML mapping" : "JSON object"));
            List<Ddi> wrappers = List.of();
            Map<String, String> levels = Map.of();
            List<String> exclude = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonLocation at = p.currentTokenLocation();
                p.nextToken();
                switch (key) {
                    case "wrappers" -> wrappers = wrappers(p);
                    case "rules" -> levels = levels(p);
                    case "exclude" -> exclude = globs(p);
                    default -> throw error(at, "unknown key '" + shown(key) + "' (known: " + String.join(", ", TOP_KEYS) + ")");
                }
            }
            if (p.nextToken() != null) throw error(p, "text after the end of the " + (yaml ? "YAML document" : "JSON object"));
            return new ProjectConfig(file, wrappers, levels, exclude);
        } catch (JsonProcessingException e) {
            String message = shown(e.getOriginalMessage().lines().findFirst().orElse("not valid " + format), 200);
            throw error(e.getLocation(), "not valid " + format + ": " + message);
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read the configuration file: " + IoErrors.describe(e));
        }
    }

    /** True for {@code .yaml} and {@code .yml} files; anything else is read as JSON. */
    static boolean isYaml(Path file) {
        String name = file == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** {@code "rules": { "LAL008": "off", "LAL012": "error" }}. */
    private Map<String, String> levels(JsonParser p) throws IOException, ConfigException {
        if (p.currentToken() != JsonToken.START_OBJECT) throw error(p, "'rules' must be an object of rule ids to levels");
        Map<String, String> levels = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String id = p.currentName();
            JsonLocation at = p.currentTokenLocation();
            p.nextToken();
            if (!RULE_ID.matcher(id).matches()) throw error(at, "unknown rule '" + shown(id) + "' (LAL001 to LAL015)");
            String level = string(p, id);
            if (!LEVELS.contains(level)) {
                throw error(p, "rule " + id + ": unknown level '" + shown(level) + "' (one of: " + String.join(", ", LEVELS) + ")");
            }
            levels.put(id, level);
        }
        return levels;
    }

    /** {@code "exclude": [ "third_party/**" ]}: globs of paths relative to the scan root. */
    private List<String> globs(JsonParser p) throws IOException, ConfigException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw error(p, "'exclude' must be an array of path globs");
        List<String> globs = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String glob = string(p, "exclude");
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw error(p, "'" + shown(glob) + "' is not a path glob");
            }
            globs.add(glob);
        }
        return globs;
    }

    private List<Ddi> wrappers(JsonParser p) throws IOException, ConfigException {
        if (p.currentToken() != JsonToken.START_ARRAY) throw error(p, "'wrappers' must be an array of objects");
        List<Ddi> wrappers = new ArrayList<>();
        Set<String> names = new HashSet<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) throw error(p, "each wrapper must be an object");
            JsonLocation at = p.currentTokenLocation();
            Ddi wrapper = wrapper(p, at);
            if (!names.add(wrapper.name())) throw error(at, "wrapper '" + wrapper.name() + "' is declared twice");
            wrappers.add(wrapper);
        }
        return wrappers;
    }

    /** One wrapper object; {@code at} is its opening brace, where problems with the whole object point. */
    private Ddi wrapper(JsonParser p, JsonLocation at) throws IOException, ConfigException {
        String name = null;
        DdiRole role = null;
        String family = null;
        Integer list = null;
        Integer block = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonLocation keyAt = p.currentTokenLocation();
            p.nextToken();
            switch (key) {
                case "name" -> name = string(p, key);
                case "role" -> {
                    String r = string(p, key);
                    role = ROLES.get(r);
                    if (role == null) {
                        throw error(p, "unknown role '" + shown(r) + "' (one of: " + String.join(", ", ROLES.keySet()) + ")");
                    }
                }
                case "family" -> family = string(p, key);
                case "list" -> list = index(p, key);
                case "block" -> block = index(p, key);
                default -> throw error(keyAt, "unknown key '" + shown(key) + "' in a wrapper (known: "
                        + String.join(", ", WRAPPER_KEYS) + ")");
            }
        }
        if (name == null) throw error(at, "a wrapper has no 'name'");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw error(at, "wrapper name '" + shown(name) + "' is not a C identifier");
        if (DdiTable.builtIn().lookup(name) != null) {
            throw error(at, "'" + shown(name) + "' is a built-in DDI; a wrapper needs a name of its own");
        }
        if (role == null) throw error(at, "wrapper '" + shown(name) + "' has no 'role'");
        return new Ddi(name, role, family(at, name, role, family), listArgument(at, name, role, list),
                blockArgument(at, name, role, block));
    }

    private String family(JsonLocation at, String name, DdiRole role, String family) throws ConfigException {
        String roleName = role.name().toLowerCase(Locale.ROOT);
        switch (role) {
            case POOL_ALLOCATE, POOL_FREE -> {
                if (family != null && !family.equals("pool")) {
                    throw error(at, "wrapper '" + shown(name) + "': role " + roleName + " has family 'pool', not '" + shown(family) + "'");
                }
                return "POOL";
            }
            case BORROW -> {
                if (family != null) throw error(at, "wrapper '" + shown(name) + "': role borrow takes no 'family'");
                return "-";
            }
            default -> {
                if (family == null) {
                    throw error(at, "wrapper '" + shown(name) + "' has no 'family' (one of: " + String.join(", ", LIST_FAMILIES) + ")");
                }
                if (!LIST_FAMILIES.contains(family)) {
                    throw error(at, "wrapper '" + shown(name) + "': unknown family '" + shown(family) + "' (one of: "
                            + String.join(", ", LIST_FAMILIES) + ")");
                }
                return family.toUpperCase(Locale.ROOT);
            }
        }
    }

    private int listArgument(JsonLocation at, String name, DdiRole role, Integer list) throws ConfigException {
        boolean onList = switch (role) {
            case INITIALIZE, ALLOCATE, FREE, DELETE, FLUSH -> true;
            default -> false;
        };
        if (onList && list == null) throw error(at, "wrapper '" + shown(name) + "' has no 'list' (the index of its list argument)");
        if (!onList && list != null) {
            throw error(at, "wrapper '" + shown(name) + "': role " + role.name().toLowerCase(Locale.ROOT) + " takes no 'list'");
        }
        return onList ? list : -1;
    }

    private int blockArgument(JsonLocation at, String name, DdiRole role, Integer block) throws ConfigException {
        boolean takesBlock = role == DdiRole.FREE || role == DdiRole.POOL_FREE || role == DdiRole.BORROW;
        if (takesBlock && block == null) {
            throw error(at, "wrapper '" + shown(name) + "' has no 'block' (the index of the argument it frees or uses)");
        }
        if (!takesBlock && block != null) {
            throw error(at, "wrapper '" + shown(name) + "': role " + role.name().toLowerCase(Locale.ROOT) + " takes no 'block'");
        }
        return takesBlock ? block : -1;
    }

    private String string(JsonParser p, String key) throws IOException, ConfigException {
        if (p.currentToken() != JsonToken.VALUE_STRING) throw error(p, "'" + shown(key) + "' must be a string");
        return p.getText();
    }

    private int index(JsonParser p, String key) throws IOException, ConfigException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw error(p, "'" + shown(key) + "' must be a 0-based argument index (a whole number)");
        }
        java.math.BigInteger value = p.getBigIntegerValue();
        if (value.signum() < 0 || value.bitLength() > 15) {
            throw error(p, "'" + shown(key) + "' must be a 0-based argument index, not " + shown(p.getText()));
        }
        return value.intValue();
    }

    /**
     * A value from the file as it may appear in a message: the file comes with the scanned tree, so a
     * value could hold a newline and a fake stack frame, terminal escape sequences, or a megabyte of
     * text. Control characters are shown escaped and long values are cut, so the message stays one
     * short line.
     */
    static String shown(String value) {
        return shown(value, SHOWN_CHARS);
    }

    static String shown(String value, int max) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (; i < value.length() && b.length() < max; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return i < value.length() ? b + "..." : b.toString();
    }

    private ConfigException error(JsonParser p, String problem) {
        return error(p.currentTokenLocation(), problem);
    }

    private ConfigException error(JsonLocation at, String problem) {
        return new ConfigException(file, at == null ? 0 : at.getLineNr(), problem);
    }
}
